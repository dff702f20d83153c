import BinhXetCLIWords
import BinhXetCore
import BinhXetText

/// Plain-text tables for the CLI, aligned by display width so Vietnamese names line up.
enum QueueText {
    static func table(_ rows: [NominationSummary]) -> String {
        let header = [words(.hID), words(.hYear), words(.hNominee), words(.hUnit), words(.hTitle), words(.hStatus), words(.hInitiative)]
        let lines = rows.map { r in
            // Controls made visible before measuring: each then takes the one column it is drawn in.
            [r.id, String(r.year), r.personName, r.unitName, r.title.abbreviation, words.vocabulary.status(r.status),
             r.initiativeTitle ?? "—"].map { ControlPictures.visible($0) }
        }
        // A heading is never cut: the Vietnamese ones are longer than their columns' values.
        let caps = zip([14, 4, 24, 30, 6, 19, 60], header).map { max($0, DisplayWidth.of($1)) }
        var widths = header.map { DisplayWidth.of($0) }
        for l in lines { for (i, f) in l.enumerated() { widths[i] = min(caps[i], max(widths[i], DisplayWidth.of(f))) } }
        func format(_ fields: [String]) -> String {
            fields.enumerated().map { i, f in
                i < fields.count - 1 ? DisplayWidth.fit(f, to: widths[i])
                    // The last column is not padded; a cut still shows "…".
                    : DisplayWidth.of(f) <= caps[i] ? f : DisplayWidth.fit(f, to: caps[i])
            }.joined(separator: "  ")
        }
        return ([format(header)] + lines.map(format)).joined(separator: "\n") + "\n" + words(.listCount, rows.count) + "\n"
    }

    static func render(counts: [NominationStatus: Int], rows: [NominationSummary]) -> String {
        let summary = NominationStatus.allCases.map { "\(words.vocabulary.status($0)) \(counts[$0] ?? 0)" }.joined(separator: " · ")
        return summary + "\n\n" + table(rows)
    }
}

enum DetailText {
    static func render(_ d: NominationDetail) -> String {
        let n = d.nomination
        let v = words.vocabulary
        let l = Label.self
        var out = """
            \(l[.dNomination])\(n.id) (\(n.year))   \(words(.dStatus)): \(v.status(n.status))
            \(l[.dNominee])\(d.person.name) [\(d.person.id)]   \(words(.dCategory)): \(v.category(n.workerCategory))
            \(l[.dPosition])\(n.position)
            \(l[.dDuties])\(n.duties)
            \(l[.dUnit])\(d.unit.name)
            \(l[.dTitle])\(n.title.abbreviation)   \(words(.dReceived)) \(CLIWords.day(n.receivedOn))

            """
        if let i = d.initiative {
            out += """
                \(l[.dInitiative])\(i.title)
                \(l[.dDocument])\(i.document.originalName) (\(i.document.format), \(i.document.encoding), \(v.grouped(i.document.byteCount)) \(words(.dBytes)))
                \(l.blank)sha256 \(i.document.sha256)
                \(l[.dText])\(v.grouped(i.scalarCount)) \(words(.dCharacters)), sha256 \(i.textSHA256)

                """
        } else {
            out += "\(l[.dInitiative])—\n"
        }
        out += "\n\(words(.dHistory))\n"
        for e in d.events {
            // A worded sentence from the event's typed details, not its stored keys (`binhxet show --json` has those).
            out += "  \(EventTime.display(e.at))  \(e.actorWithOSUser)  \(v.eventSentence(e))\n"
        }
        return out
    }
}

/// The labels down the left of `show`, padded to one column whatever the language (at least 12 wide, as
/// the English page always was).
enum Label {
    static let keys: [CLIString] = [.dNomination, .dNominee, .dPosition, .dDuties, .dUnit, .dTitle, .dInitiative, .dDocument, .dText,
                                    .rDossier, .rRecognition, .rBallots]
    static let width = max(12, keys.map { DisplayWidth.of(words($0)) }.max() ?? 0)
    static subscript(_ key: CLIString) -> String { DisplayWidth.fit(words(key), to: width) + " " }
    static var blank: String { String(repeating: " ", count: width + 1) }
}
