#ifndef CGLIBC_EXTRAS_H
#define CGLIBC_EXTRAS_H
// Swift's Glibc module is built without _XOPEN_SOURCE, which hides these declarations.
// They are re-declared exactly as glibc declares them, in this one module only.
#include <stddef.h>
#include <wchar.h>
extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);
#endif
