import BinhXetCore
import BinhXetText

/// Plain-text tables for the CLI, aligned by display width so Vietnamese names line up.
enum QueueText {
    static func table(_ rows: [NominationSummary]) -> String {
        let header = ["ID", "Year", "Nominee", "Unit", "Title", "Status", "Initiative"]
        let lines = rows.map { r in
            // Controls made visible before measuring: each then takes the one column it is drawn in.
            [r.id, String(r.year), r.personName, r.unitName, r.title.rawValue, r.status.rawValue,
             r.initiativeTitle ?? "—"].map { ControlPictures.visible($0) }
        }
        let caps = [14, 4, 24, 30, 6, 19, 60]
        var widths = header.map { DisplayWidth.of($0) }
        for l in lines { for (i, f) in l.enumerated() { widths[i] = min(caps[i], max(widths[i], DisplayWidth.of(f))) } }
        func format(_ fields: [String]) -> String {
            fields.enumerated().map { i, f in
                i < fields.count - 1 ? DisplayWidth.fit(f, to: widths[i])
                    // The last column is not padded; a cut still shows "…".
                    : DisplayWidth.of(f) <= caps[i] ? f : DisplayWidth.fit(f, to: caps[i])
            }.joined(separator: "  ")
        }
        return ([format(header)] + lines.map(format)).joined(separator: "\n") + "\n\(rows.count) nominations\n"
    }

    static func render(counts: [NominationStatus: Int], rows: [NominationSummary]) -> String {
        let summary = NominationStatus.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: " · ")
        return summary + "\n\n" + table(rows)
    }
}

enum DetailText {
    static func render(_ d: NominationDetail) -> String {
        let n = d.nomination
        var out = """
            Nomination   \(n.id) (\(n.year))   status: \(n.status.rawValue)
            Nominee      \(d.person.name) [\(d.person.id)]   category: \(n.workerCategory.rawValue)
            Position     \(n.position)
            Duties       \(n.duties)
            Unit         \(d.unit.name)
            Title        \(n.title.rawValue)   received \(n.receivedOn)

            """
        if let i = d.initiative {
            out += """
                Initiative   \(i.title)
                Document     \(i.document.originalName) (\(i.document.format), \(i.document.encoding), \(i.document.byteCount) bytes)
                             sha256 \(i.document.sha256)
                Text         \(i.scalarCount) characters, sha256 \(i.textSHA256)

                """
        } else {
            out += "Initiative   —\n"
        }
        out += "\nHistory\n"
        for e in d.events {
            let details = e.payload.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            out += "  \(e.at)  \(e.actorWithOSUser)  \(e.kind)  \(details)\n"
        }
        return out
    }
}
