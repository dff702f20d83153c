import BinhXetCore
import BinhXetText
import Foundation

/// The nomination screen as one scrolling page: the facts, the matched sources, the off-duty evidence and
/// the history, then the initiative text (the lines of `NominationState.textLayout`).
///
/// Built by the view to draw and by `reduce` to know where the text starts, so both agree on every line.
struct NominationPage {
    /// Lines above the initiative text.
    private(set) var header: [StyledLine] = []
    /// Header lines of the selected source (drawn as selected).
    private(set) var selectedLines: Range<Int> = 0..<0
    let textLineCount: Int

    var textStart: Int { header.count }
    var lineCount: Int { header.count + textLineCount }

    /// Width given to header lines (one blank column each side).
    static func headerWidth(_ size: Size) -> Int { max(10, size.width - 2) }

    init(_ n: NominationState, strings s: any UIStrings, size: Size, timeZone: TimeZone, today: String) {
        textLineCount = n.textLayout?.lines.count ?? 0
        guard let data = n.data else {
            header = [[Span(s.loading, .dim)]]
            return
        }
        let width = NominationPage.headerWidth(size)
        let d = data.detail
        let nom = d.nomination
        let labels = [s.nomineeLabel, s.positionLabel, s.dutiesLabel, s.unitLabel, s.titleLabel, s.receivedLabel,
                      s.statusLabel]
        let labelWidth = (labels.map { DisplayWidth.of($0) }.max() ?? 10) + 2
        func fact(_ label: String, _ value: StyledLine) {
            header += StyledWrap.labelled(label, value, labelWidth: labelWidth, width: width)
        }
        fact(s.nomineeLabel, [Span(d.person.name), Span(" (\(d.person.id))", .dim)])
        fact(s.positionLabel, [Span(nom.position.isEmpty ? "—" : nom.position)])
        fact(s.dutiesLabel, [Span(nom.duties.isEmpty ? "—" : nom.duties)])
        fact(s.unitLabel, [Span(d.unit.name)])
        fact(s.titleLabel, [Span(s.awardTitleLong(nom.title)), Span(" · \(nom.year)")])
        var received: StyledLine = [Span(EventTime.day(nom.receivedOn))]
        var status: StyledLine = [Span(s.status(nom.status))]
        if let dossier = data.dossier {
            received += [Span(" · \(s.dossierCodeLabel) \(dossier.code)", .dim)]
            if let due = dossier.dueOn, dossier.isOpen { received += [Span(" · \(s.dueLabel) \(EventTime.day(due))")] }
            if data.due?.isLate == true {
                status += [Span(" · "), Span(s.overdueTag, .overdue)]
            }
        }
        // The council's ballots beside the status, so the member sees where the vote stands before deciding.
        if let t = data.tally { status += [Span(" · "), Span(s.tallyShort(t), t.passes ? .label : .dim)] }
        fact(s.receivedLabel, received)
        fact(s.statusLabel, status)
        if let r = data.recognition { fact(s.recognitionLabel, [Span(s.recognitionLine(r), r.recognised ? .normal : .flag)]) }

        // Matched sources.
        header.append([])
        header.append(NominationPage.rule(s.sourcesSection + (n.sources.isEmpty ? "" : " (\(n.sources.count))"), width))
        if d.initiative == nil {
            header.append([Span(s.noInitiative, .dim)])
        } else if !data.checked {
            header.append([Span(s.notCheckedYet, .error)])
        } else if data.findings.isEmpty {
            header.append([Span(s.checkedClean, .dim)])
        } else if n.sources.isEmpty {
            header.append([Span(s.noMatchedSources, .dim)])
        }
        for (i, src) in n.sources.enumerated() {
            let first = header.count
            let mark = i == n.selectedSource ? "▸" : " "
            var who: StyledLine = [Span("\(mark)\(i + 1) ", .gutter), Span(src.id, .label)]
            if let sum = src.summary {
                who.append(Span("  \(sum.personName) · \(sum.unitName) · \(sum.year)"))
            }
            header += StyledWrap.wrap(who, width: width)
            let f = src.finding
            var kind = s.findingKind(f.kind)
            if f.titleReused { kind += ", " + s.titleReusedTag }
            let dismissal = data.dismissals[src.id]
            // "3 đoạn trùng (1 yếu)": the weak ones, once the core has explained them.
            let weak = src.explanations.filter(\.isWeak).count
            // No-break spaces: at 80 columns the line wraps between its parts, never inside one ("2 đoạn trùng").
            let passages = s.passageCount(src.pairs.count) + (weak > 0 ? "\u{A0}(\(weak)\u{A0}\(s.vocabulary.weakPassage))" : "")
            let what: StyledLine = [Span("   "), Span(kind, dismissal == nil ? .flag : .dim),
                                    Span(" · \(s.coverageWord)\u{A0}\(Percent.coverage(f.coverage, in: s.vocabulary.language)) · \(s.similarityWord)\u{A0}\(Percent.of(f.score))"
                                         + " · \(passages)", .dim)]
            header += StyledWrap.wrap(what, width: width)
            // A dismissed finding stays listed, set aside with its reason (x counts it again).
            if let dismissal { header += StyledWrap.wrap([Span("   " + s.dismissedLine(dismissal), .dim)], width: width) }
            // What became of the selected source: its title, its author's position that year, its outcome and
            // recognition (the others stay one entry each, so the history still shows on a small terminal).
            if i == n.selectedSource, let r = src.summary?.record {
                if let t = r.initiativeTitle { header += StyledWrap.wrap([Span("   "), Span(t, .label)], width: width) }
                var standing: StyledLine = [Span("   \(r.position.isEmpty ? "—" : r.position) · \(s.awardTitleShort(r.title)) \(r.year): "),
                                            Span(s.outcomeOf(r), r.isAwarded ? .flag : .dim)]
                if let rec = s.recognitionOf(r) { standing.append(Span(" · " + rec, .dim)) }
                header += StyledWrap.wrap(standing, width: width)
            }
            if i == n.selectedSource { selectedLines = first..<header.count }
        }

        // Off-duty evidence.
        if !n.offDuty.isEmpty {
            header.append([])
            header.append(NominationPage.rule(s.offDutySection, width))
            for f in n.offDuty {
                header += StyledWrap.wrap([Span(s.findingKind(f.kind), .flag),
                                           Span(" · \(s.relevanceWord)\u{A0}\(Percent.of(f.score))", .dim)], width: width)
                if !f.evidence.isEmpty {
                    header += StyledWrap.labelled(s.evidenceLabel, [Span(f.evidence.joined(separator: " · "))],
                                                  labelWidth: labelWidth, width: width)
                }
                if !f.dutyEvidence.isEmpty {
                    header += StyledWrap.labelled(s.dutyEvidenceLabel, [Span(f.dutyEvidence.joined(separator: " · "))],
                                                  labelWidth: labelWidth, width: width)
                }
                if !f.witnesses.isEmpty {
                    header += StyledWrap.labelled(s.witnessesLabel, [Span(s.witnessesIntro, .dim),
                                   // A position and its count stay on one line: the count is joined by a no-break space.
                                   Span(f.witnesses.map { $0.replacingOccurrences(of: " (", with: "\u{A0}(") }.joined(separator: " · "))],
                                                  labelWidth: labelWidth, width: width)
                }
            }
        }

        // History.
        header.append([])
        header.append(NominationPage.rule(s.historySection, width))
        if d.events.isEmpty { header.append([Span(s.noEvents, .dim)]) }
        for e in d.events {
            // The core words the event from its typed details: one sentence, no stored keys or codes.
            let line: StyledLine = [Span(EventTime.display(e.at, in: timeZone), .dim), Span("  \(e.actorWithOSUser)  "),
                                    Span(s.vocabulary.eventSentence(e))]
            header += StyledWrap.wrap(line, width: width)
        }

        // The nominee's other nominations, with what became of them.
        header.append([])
        header.append(NominationPage.rule(s.nomineeHistorySection + (data.history.isEmpty ? "" : " (\(data.history.count))"), width))
        if data.history.isEmpty { header.append([Span(s.noOtherNominations, .dim)]) }
        for r in data.history {
            header += StyledWrap.wrap([Span(r.id, .label), Span("  \(r.year) · \(s.awardTitleShort(r.title)) · \(r.position.isEmpty ? "—" : r.position) · "),
                                       Span(s.outcomeOf(r), r.isAwarded ? .flag : .dim)], width: width)
            if let t = r.initiativeTitle { header += StyledWrap.wrap([Span("   "), Span(t)], width: width) }
            if let rec = s.recognitionOf(r) { header += StyledWrap.wrap([Span("   " + rec, .dim)], width: width) }
        }

        // Rule checks of the desk's rule set, one line each (the evidence is in `binhxet show`), after the
        // history so the text stays near the top of the page.
        // The unit's CSTĐCS quota is the unit's, not the nomination's: the year summary (t) says it once per
        // unit; the page only points there.
        let ownFlags = data.ruleFlags.filter { $0.check != .cstdcsQuota }
        let overQuota = ownFlags.count < data.ruleFlags.count
        if !data.ruleFlags.isEmpty {
            header.append([])
            header.append(NominationPage.rule(s.ruleFlagsSection, width))
            for f in ownFlags {
                header += StyledWrap.wrap([Span(s.ruleSeverity(f.severity), f.severity == .violation ? .flag : .dim),
                                           Span(" " + s.ruleMessage(f))], width: width)
            }
            if overQuota { header += StyledWrap.wrap([Span(s.quotaSeeSummary, .dim)], width: width) }
        }

        // The initiative.
        header.append([])
        if let ini = d.initiative {
            header += StyledWrap.wrap([Span("── \(s.initiativeSection): ", .sectionTitle), Span(ini.title, .label)],
                                      width: width)
        } else {
            header.append(NominationPage.rule(s.initiativeSection, width))
            header.append([Span(s.noInitiative, .dim)])
        }
    }

    /// "── Title ──────…" across the width.
    static func rule(_ title: String, _ width: Int) -> StyledLine {
        let head = "── \(title) "
        let rest = max(0, width - DisplayWidth.of(head))
        return [Span(head + String(repeating: "─", count: rest), .sectionTitle)]
    }
}
