#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
// The wide-character API (get_wch, mvaddwstr, cchar_t) of <ncurses.h> is only declared with this first.
// Do NOT define _XOPEN_SOURCE here: glibc headers come from Swift's Glibc module.
#define NCURSES_WIDECHAR 1
#include <ncurses.h>
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>

// ncurses exposes these as macros or mutable globals, which Swift either cannot import or (in the
// Swift 6 language mode) refuses to read as not concurrency-safe. Each wrapper is one line so it can go
// when the importer learns the macro.
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline attr_t cn_color_pair(short n) { return (attr_t)COLOR_PAIR(n); }
static inline int cn_key_f(int n) { return KEY_F(n); }
static inline attr_t cn_a_normal(void)    { return A_NORMAL; }
static inline attr_t cn_a_bold(void)      { return A_BOLD; }
static inline attr_t cn_a_reverse(void)   { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_dim(void)       { return A_DIM; }
static inline int cn_attrset(attr_t a)    { return attrset((int)a); }
static inline const char *cn_codeset(void) { return nl_langinfo(CODESET); }
// newterm instead of initscr: initscr exits the process when the terminal cannot be opened, newterm
// returns NULL so the desk can say why. stdout/stdin are globals Swift 6 will not read.
static inline SCREEN *cn_newterm(void) { return newterm(NULL, stdout, stdin); }
// Ctrl-L: the next refresh repaints every cell (curscr is a global).
static inline int cn_clear_screen(void) { return clearok(curscr, TRUE); }
// wattr_set may be a macro; attributes and colour pair in one call.
static inline int cn_set_attr(attr_t a, short pair) { return wattr_set(stdscr, a, pair, NULL); }

// term.h last: it defines a macro for every capability name (lines, columns, …).
#include <term.h>
// Whether the terminal `term` names can be drawn on: 1 yes; 0 unknown to terminfo or without cursor
// addressing (dumb, a printing terminal); -1 no terminfo database. newterm itself starts on a dumb
// terminal and draws garbage. The description is freed again: newterm loads its own.
static inline int cn_term_can_address(const char *term) {
    int err = 0;
    if (setupterm(term, 1, &err) != OK) return err == -1 ? -1 : 0;
    const char *cup = tigetstr("cup");
    int ok = cup != NULL && cup != (const char *)-1;
    del_curterm(cur_term);
    return ok;
}
#endif
