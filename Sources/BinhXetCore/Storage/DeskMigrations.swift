import Foundation
import GRDB

/// The desk schema as named, append-only migrations. Never edit a registered migration: add a new one.
enum DeskMigrations {
    /// 'BXDK' in ASCII: marks an SQLite file as a BinhXet desk (PRAGMA application_id).
    static let applicationID: Int32 = 0x4258_444B

    static var migrator: DatabaseMigrator { migrator(progress: nil) }

    /// The migrator; `progress` hears of long steps (the v10 index build): what is done and (done, total).
    static func migrator(progress: MigrationProgress?) -> DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-desk") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.create(table: "desk_info") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
            try db.create(table: "unit") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("code", .text).unique()
                t.column("name", .text).notNull().unique()
                t.column("kind", .text)
                t.column("parent", .text)
                t.column("place", .text)
            }
            try db.create(table: "person") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull()
            }
            try db.create(table: "document") { t in
                t.primaryKey("sha256", .text)
                t.column("format", .text).notNull()
                t.column("encoding", .text).notNull()
                t.column("byteCount", .integer).notNull()
                t.column("originalName", .text).notNull()
            }
            try db.create(table: "nomination") { t in
                t.primaryKey("id", .text)
                t.column("year", .integer).notNull().indexed()
                t.column("personID", .text).notNull().indexed().references("person")
                t.column("unitID", .integer).notNull().indexed().references("unit")
                t.column("position", .text).notNull()
                t.column("duties", .text).notNull()
                t.column("workerCategory", .text).notNull()
                t.column("title", .text).notNull()
                t.column("receivedOn", .text).notNull()
                t.column("status", .text).notNull().indexed()
            }
            try db.create(table: "initiative") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("nominationID", .text).notNull().unique().references("nomination", onDelete: .cascade)
                t.column("title", .text).notNull()
                t.column("text", .text).notNull()
                t.column("documentSHA256", .text).notNull().indexed().references("document")
                t.column("textSHA256", .text).notNull()
                t.column("scalarCount", .integer).notNull()
            }
            try db.create(table: "event") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("nominationID", .text).indexed().references("nomination")
                t.column("unitID", .integer).indexed().references("unit")
                t.column("kind", .text).notNull()
                t.column("actor", .text).notNull()
                t.column("at", .text).notNull()
                t.column("payload", .text).notNull()
            }
            // The log is append-only: a decision is revised by a new event, never by rewriting history.
            try db.execute(sql: """
                CREATE TRIGGER event_no_update BEFORE UPDATE ON event
                BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
                CREATE TRIGGER event_no_delete BEFORE DELETE ON event
                BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
                """)
            try db.create(table: "import") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("fileName", .text).notNull()
                t.column("fileSHA256", .text).notNull()
                t.column("at", .text).notNull()
                t.column("actor", .text).notNull()
                t.column("added", .integer).notNull()
                t.column("unchanged", .integer).notNull()
            }
        }
        m.registerMigration("v2-findings") { db in
            try db.create(table: "finding") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("nominationID", .text).notNull().indexed().references("nomination", onDelete: .cascade)
                t.column("sourceID", .text).references("nomination", onDelete: .cascade)
                t.column("kind", .text).notNull()
                t.column("coverage", .double).notNull()
                t.column("score", .double).notNull()
                t.column("titleReused", .boolean).notNull().defaults(to: false)
                t.column("passages", .text).notNull()       // JSON [PassagePair]
                t.column("evidence", .text).notNull()       // JSON [String]: the initiative's terms
                t.column("dutyEvidence", .text).notNull()   // JSON [String]: the duties' terms
            }
            try db.create(table: "similarity_check") { t in
                t.primaryKey("nominationID", .text).references("nomination", onDelete: .cascade)
                t.column("checkedAt", .text).notNull()
            }
        }
        m.registerMigration("v3-fingerprints") { db in
            // Each initiative's winnowed fingerprints, so the in-memory index is rebuilt at start-up
            // without re-reading every text.
            try db.create(table: "fingerprint") { t in
                t.primaryKey("nominationID", .text).references("nomination", onDelete: .cascade)
                t.column("blob", .blob).notNull()
            }
        }
        m.registerMigration("v3-council") { db in
            try db.create(table: "member") { t in
                t.primaryKey("login", .text)
                t.column("name", .text).notNull()
                t.column("role", .text).notNull()
                t.column("active", .boolean).notNull()
                t.column("since", .text).notNull()
            }
            // The one-stop dossier of each nomination: its code is given once, at receipt, and never changes.
            try db.create(table: "dossier") { t in
                t.primaryKey("nominationID", .text).references("nomination", onDelete: .cascade)
                t.column("code", .text).notNull().unique()
                t.column("receivedOn", .text).notNull().indexed()
                t.column("sequence", .integer).notNull()
            }
            // Ballots, notes and clock events are read by kind across the desk: the latest ballot of each
            // member per nomination is then an index scan.
            try db.create(index: "event_kind", on: "event", columns: ["kind", "nominationID", "actor"])
            // Nominations that already exist get their codes in receipt order.
            let rows = try Row.fetchAll(db, sql: "SELECT id, unitID, receivedOn FROM nomination ORDER BY receivedOn, id")
            for row in rows {
                try db.execute(sql: "INSERT INTO dossier(nominationID, code, receivedOn, sequence) \(dossierSelect)",
                               arguments: ["id": row["id"], "unitID": row["unitID"], "receivedOn": row["receivedOn"]])
            }
            // A trigger, so that every way a nomination enters the desk (import, future forms) gets its
            // code in the same transaction, numbered in the order of receipt.
            try db.execute(sql: """
                CREATE TRIGGER nomination_dossier AFTER INSERT ON nomination
                BEGIN
                INSERT INTO dossier(nominationID, code, receivedOn, sequence) \(dossierSelect
                    .replacingOccurrences(of: ":id", with: "NEW.id")
                    .replacingOccurrences(of: ":unitID", with: "NEW.unitID")
                    .replacingOccurrences(of: ":receivedOn", with: "NEW.receivedOn"));
                END
                """)
        }
        m.registerMigration("v4-finding-witnesses") { db in
            // Off-duty: the positions of the people who wrote other initiatives on the same subject.
            try db.alter(table: "finding") { t in
                t.add(column: "witnesses", .text).notNull().defaults(to: "[]")   // JSON [String]
            }
        }
        m.registerMigration("v5-identity") { db in
            // The OS login of the process that wrote each event, beside the member it acted as.
            try db.alter(table: "event") { t in t.add(column: "osUser", .text) }
        }
        m.registerMigration("v6-event-chain") { db in
            // The log as a hash chain (EventChain): each event's hash covers it and the hash before it.
            try db.alter(table: "event") { t in
                t.add(column: "prevHash", .text)
                t.add(column: "hash", .text)
            }
            // Existing events are linked in ID order; the append-only triggers are lifted for that and
            // recreated (with every integrity trigger) from IntegrityTriggers, which verify compares against.
            try db.execute(sql: "DROP TRIGGER IF EXISTS event_no_update")
            var prevHash = EventChain.genesis
            let rows = try Row.fetchAll(db, sql: "SELECT id, nominationID, unitID, kind, actor, osUser, at, payload FROM event ORDER BY id")
            for row in rows {
                let id: Int64 = row["id"]
                let payloadText: String = row["payload"]
                let payload = try JSONDecoder().decode([String: String].self, from: Data(payloadText.utf8))
                let hash = EventChain.hash(of: .init(id: id, nominationID: row["nominationID"], unitID: row["unitID"],
                                                     kind: row["kind"], actor: row["actor"], osUser: row["osUser"],
                                                     at: row["at"], payload: payload, prevHash: prevHash))
                try db.execute(sql: "UPDATE event SET prevHash = ?, hash = ? WHERE id = ?", arguments: [prevHash, hash, id])
                prevHash = hash
            }
            try IntegrityTriggers.recreate(db, only: ["event_no_update", "event_no_delete", "nomination_dossier"])
        }
        m.registerMigration("v7-secret-ballots") { db in
            // *That* a member cast a secret ballot, and nothing else: no choice, no time, no row order
            // (WITHOUT ROWID rows sit in key order, not insertion order).
            try db.execute(sql: """
                CREATE TABLE ballot_cast (
                    nominationID TEXT NOT NULL REFERENCES nomination(id) ON DELETE CASCADE,
                    login TEXT NOT NULL,
                    PRIMARY KEY (nominationID, login)) WITHOUT ROWID;
                CREATE TABLE ballot_box (
                    nominationID TEXT NOT NULL REFERENCES nomination(id) ON DELETE CASCADE,
                    choice TEXT NOT NULL,
                    count INTEGER NOT NULL,
                    PRIMARY KEY (nominationID, choice)) WITHOUT ROWID;
                """)
        }
        m.registerMigration("v9-registrations") { db in
            // Registrations at the start of the year (đăng ký thi đua): the planned initiative, checked
            // against the archive before the year is spent on it, and the nomination it later became.
            try db.execute(sql: """
                CREATE TABLE registration (
                    id INTEGER PRIMARY KEY,
                    year INTEGER NOT NULL,
                    personID TEXT NOT NULL,
                    personName TEXT NOT NULL,
                    unitName TEXT NOT NULL,
                    position TEXT NOT NULL,
                    duties TEXT NOT NULL,
                    title TEXT NOT NULL,
                    summary TEXT NOT NULL,
                    registeredOn TEXT NOT NULL,
                    nominationID TEXT REFERENCES nomination(id) ON DELETE SET NULL,
                    UNIQUE (personID, year, title));
                CREATE INDEX registration_year ON registration(year);
                """)
        }
        m.registerMigration("v10-fingerprint-index") { db in
            // The archive's fingerprint index kept in the desk (DeskFingerprintIndex), so a check reads
            // the postings of its own shingles instead of loading every initiative's fingerprints; made
            // here from the fingerprints stored since v3-fingerprints.
            try db.execute(sql: """
                CREATE TABLE fingerprint_slot (
                    slot INTEGER PRIMARY KEY,
                    nominationID TEXT NOT NULL UNIQUE REFERENCES nomination(id) ON DELETE CASCADE);
                CREATE TABLE fingerprint_posting (
                    hash INTEGER PRIMARY KEY,
                    documents INTEGER NOT NULL,
                    postings BLOB NOT NULL);
                """)
            try DeskFingerprintIndex.addStored(db: db, progress: { progress?(.fingerprintIndex, $0, $1) })
        }
        m.registerMigration("v11-relevance-model") { db in
            // The relevance model learned from the archive (DutyRelevance.snapshot), with what it was
            // learned from (DeskChecker.relevanceModelKey): learned again after an import, read by checks.
            try db.execute(sql: """
                CREATE TABLE relevance_model (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    generation TEXT NOT NULL,
                    model BLOB NOT NULL);
                """)
        }
        m.registerMigration("v12-meetings") { db in
            // The council's meeting for a year, as its minutes record it: time, place, who chaired, who kept
            // the minutes, who was absent and why (everyone else active was present). The latest row of a
            // year is the meeting; each row is also a chained `meeting_recorded` event.
            try db.execute(sql: """
                CREATE TABLE meeting (
                    id INTEGER PRIMARY KEY,
                    year INTEGER NOT NULL,
                    startsAt TEXT NOT NULL,
                    endsAt TEXT NOT NULL,
                    place TEXT NOT NULL,
                    chair TEXT NOT NULL,
                    secretary TEXT NOT NULL,
                    absent TEXT NOT NULL,
                    recordedBy TEXT NOT NULL,
                    recordedAt TEXT NOT NULL);
                CREATE INDEX meeting_year ON meeting(year);
                """)
        }
        m.registerMigration("v13-unit-short-name") { db in
            // The name narrow lists show for a unit, when units.csv gives one (`short_name`); NULL: derived.
            try db.execute(sql: "ALTER TABLE unit ADD COLUMN shortName TEXT")
        }
        m.registerMigration("v14-relevance-readings") { db in
            // Each initiative's reading for the relevance model (DeskRelevanceReadings): its own text's
            // lexicon fields and term counts, with the archive size it was made in and the data and
            // parameters it was made with; learning the model again reads these instead of every text.
            try db.execute(sql: """
                CREATE TABLE relevance_reading (
                    initiativeID INTEGER PRIMARY KEY REFERENCES initiative(id) ON DELETE CASCADE,
                    generation TEXT NOT NULL,
                    archiveCount INTEGER NOT NULL,
                    reading BLOB NOT NULL);
                """)
        }
        m.registerMigration("v15-scan-stamps") { db in
            // What each scanned nomination's stored findings were made from (`ScanStamps`): a scan keeps
            // the findings whose stamps still hold instead of checking the nomination again. NULL: re-check
            // (a row written by anything but a scan, or before this migration).
            // And the number of rows of the tables whose size names the archive (`DeskTally`), kept by
            // triggers in every writer's transaction: `count(*)` over 100,000 rows was ~30 ms of each check.
            try db.execute(sql: """
                ALTER TABLE similarity_check ADD COLUMN reuseStamp TEXT;
                ALTER TABLE similarity_check ADD COLUMN relevanceStamp TEXT;
                CREATE TABLE desk_tally (name TEXT PRIMARY KEY, rows INTEGER NOT NULL);
                INSERT INTO desk_tally(name, rows) VALUES ('initiative', (SELECT count(*) FROM initiative));
                INSERT INTO desk_tally(name, rows) VALUES ('fingerprint_slot', (SELECT count(*) FROM fingerprint_slot));
                CREATE TRIGGER desk_tally_initiative_insert AFTER INSERT ON initiative
                    BEGIN UPDATE desk_tally SET rows = rows + 1 WHERE name = 'initiative'; END;
                CREATE TRIGGER desk_tally_initiative_delete AFTER DELETE ON initiative
                    BEGIN UPDATE desk_tally SET rows = rows - 1 WHERE name = 'initiative'; END;
                CREATE TRIGGER desk_tally_slot_insert AFTER INSERT ON fingerprint_slot
                    BEGIN UPDATE desk_tally SET rows = rows + 1 WHERE name = 'fingerprint_slot'; END;
                CREATE TRIGGER desk_tally_slot_delete AFTER DELETE ON fingerprint_slot
                    BEGIN UPDATE desk_tally SET rows = rows - 1 WHERE name = 'fingerprint_slot'; END;
                """)
        }
        return m
    }

    /// Dossier code `UNITCODE-YYMMDD-NNNN` (TT 01/2018/TT-VPCP Art. 19): the unit's code (or DV and its
    /// number when the unit has none), the date of receipt and the day's sequence number at the desk.
    static let dossierSelect = """
        SELECT :id,
               coalesce(nullif((SELECT code FROM unit WHERE id = :unitID), ''), printf('DV%02d', :unitID))
               || '-' || substr(:receivedOn, 3, 2) || substr(:receivedOn, 6, 2) || substr(:receivedOn, 9, 2)
               || '-' || printf('%04d', seq),
               :receivedOn, seq
        FROM (SELECT coalesce(max(sequence), 0) + 1 AS seq FROM dossier WHERE receivedOn = :receivedOn)
        """
}

/// A long migration step reporting how far it is (`DeskStore.open(at:forWriting:progress:)`).
public enum MigrationStep: Sendable {
    /// v10-fingerprint-index: the index made from every stored initiative's fingerprints.
    case fingerprintIndex
}

/// Hears (step, done, total) while a long migration step runs.
public typealias MigrationProgress = @Sendable (MigrationStep, Int, Int) -> Void
