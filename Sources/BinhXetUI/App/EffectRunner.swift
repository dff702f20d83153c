import BinhXetCore
import BinhXetSimilarity

/// Carries out effects against the desk and turns the outcome into messages. The only place the UI
/// touches `DeskStore`; errors come back as messages, never as throws, so nothing reaches the screen as
/// a stack trace.
public struct EffectRunner: Sendable {
    public let store: DeskStore
    /// Who decisions are recorded as.
    public var member: String
    /// The time stamp for recorded events.
    public var now: @Sendable () -> String
    /// Explains matched passages (read once: the desk's template phrases).
    let explainer: PassageExplainer
    /// The reader's language, for errors the core words (`ErrorWords`).
    public var language: Language = .vi

    public init(store: DeskStore, member: String, now: @escaping @Sendable () -> String = { Clock.isoNow() }) {
        self.store = store
        self.member = member
        self.now = now
        explainer = store.passageExplainer()
    }

    public func run(_ effect: Effect) -> [Msg] {
        do {
            switch effect {
            case .loadQueue:
                let findings = Dictionary(grouping: try store.activeFindings(), by: \.nominationID)
                let dossiers = Dictionary(try store.dossiers().map { ($0.nominationID, $0) }, uniquingKeysWith: { a, _ in a })
                let today = try store.today()
                var data = QueueData(nominations: try store.nominations(), findings: findings,
                                     checked: try store.nominationsCountingAsChecked(), dossiers: dossiers,
                                     reviewYear: try store.reviewYear(),
                                     due: try store.dueStandings(on: today), today: today)
                data.votedByMe = try store.nominationsVoted(by: member)
                data.standing = try store.standing(of: member)
                data.latestEvents = try store.latestEventIDs()
                // An off-duty finding flags only under rules that warn of it (the core's `CouncilAttention`).
                let book = try store.ruleBook()
                let offDuty = Set(findings.filter { $0.value.contains { $0.kind == .offDuty } }.keys)
                data.offDutyIgnored = Set(data.nominations.filter {
                    offDuty.contains($0.id) && !book.rules(receivedOn: $0.receivedOn, year: $0.year).dutyRelevanceWarning
                }.map(\.id))
                return [.queueLoaded(data)]
            case .loadAttention:
                return [.attentionLoaded(try store.deskAttention())]
            case .loadRuleFlags(let id):
                return [.ruleFlagsLoaded(id: id, flags: try store.ruleFlags(of: id))]
            case .loadNomination(let id):
                return [try loadNomination(id)]
            case .loadSourceText(let id):
                return [.sourceTextLoaded(id: id, text: try store.initiativeText(of: id))]
            case .explainPassages(let id):
                return [.passagesExplained(id: id, explanations: try store.passageExplanations(
                    of: id, findings: try store.findings(of: id), explainer: explainer))]
            case .decide(let id, let outcome, let reason, let code, let seen, let year):
                return [decide(id, outcome, reason: reason, code: code, seen: seen, confirmYear: year)]
            case .vote(let id, let choice):
                do {
                    try store.vote(id, choice, member: member, at: now())
                    return [.voteRecorded(nominationID: id)]
                } catch {
                    return [.writeRefused(refusal(error))]
                }
            case .criticise(let unitID, let unitName, let text, let id):
                do {
                    try store.criticise(unitID: unitID, text: text, nominations: [id], actor: member, at: now())
                    return [.criticismRecorded(unitName: unitName)]
                } catch {
                    return [.writeRefused(refusal(error))]
                }
            case .recognise(let id, let number, let date, let by, let scope):
                do {
                    try store.recognise(id, number: number, date: date, by: by, scope: scope, actor: member, at: now())
                    return [.recognitionRecorded(nominationID: id, number: number)]
                } catch {
                    return [.writeRefused(refusal(error))]
                }
            case .dismissFinding(let id, let source, let reason, let note, let restore):
                do {
                    try store.dismissFinding(id, source: source, reason: reason, note: note.isEmpty ? nil : note, restore: restore,
                                             actor: member, at: now())
                    return [.findingDismissed(nominationID: id, sourceID: source, restored: restore)]
                } catch {
                    return [.writeRefused(refusal(error))]
                }
            case .bulk(let kind, let items, let choice, let reason):
                return [bulk(kind, items, choice: choice, reason: reason)]
            case .loadPreferences:
                return [.preferencesLoaded(try store.preferences(of: member))]
            case .savePreferences(let p):
                // A preference that cannot be saved (a read-only desk) is still used for this session.
                try? store.setPreferences(p, of: member)
                return []
            case .checkForChanges:
                return [.changeToken(try store.changeToken())]
            case .checkUnchecked(let ids):
                // Run here only when no loop runs it in the background (the driver does): same result, waited for.
                return [check(ids, progress: { _, _ in })]
            case .loadPapers(let year, let id):
                return [.papersLoaded(year: year, nominationID: id,
                                      papers: try id.map { store.issuableDocuments(nomination: $0) } ?? store.issuableDocuments(year: year))]
            case .issueDocument(let paper, let year, let format):
                do {
                    let url = try store.issue(paper, year: year, format: format, actor: member)
                    return [.documentIssued(paper, path: url.path)]
                } catch {
                    return [.documentFailed(paper, documentFailure(error))]
                }
            case .loadMeeting(let year, let openForm):
                return [.meetingLoaded(year: year, meeting: try store.meeting(year: year), members: try store.members(), openForm: openForm)]
            case .recordMeeting(let m):
                do {
                    try store.recordMeeting(m, actor: member, at: now())
                    return [.meetingRecorded(m)]
                } catch let e as MeetingError {
                    return [.meetingRefused(e)]
                } catch {
                    return [.writeRefused(refusal(error))]
                }
            case .quit, .redraw:
                return []
            }
        } catch {
            return [.loadFailed(ErrorWords.line(error, in: language))]
        }
    }

    private func loadNomination(_ id: String) throws -> Msg {
        let standing = try store.standing(of: member, on: id)
        guard let detail = try store.detail(of: id, viewer: member) else { return .loadFailed(ErrorWords.line(DeskError.unknownNomination(id), in: language)) }
        let findings = try store.findings(of: id)
        var sources: [String: SourceSummary] = [:]
        let reviewed = Dictionary(try store.reviewedNominations(aroundNomination: id, sources: findings.compactMap(\.sourceID))
            .map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for f in findings {
            guard let sid = f.sourceID, sources[sid] == nil, let s = try store.detail(of: sid, viewer: member) else { continue }
            sources[sid] = SourceSummary(id: sid, personName: s.person.name, unitName: s.unit.name,
                                         year: s.nomination.year, initiativeTitle: s.initiative?.title, record: reviewed[sid])
        }
        var data = NominationData(detail: detail, text: try store.initiativeText(of: id),
                                  // Without an initiative there is nothing to check.
                                  checked: try store.countsAsChecked(id),
                                  findings: findings, sources: sources, dossier: try dossier(of: id),
                                  due: try? store.dueStanding(of: id),
                                  tally: standing.councilExists ? try store.tally(of: id, viewer: member) : nil,
                                  standing: standing)
        data.recognition = reviewed[id]?.recognition
        data.dismissals = try store.dismissals(of: id)
        data.recognitionScopes = (try? store.rules(of: id).recognitionScopes) ?? []
        if let me = reviewed[id] {
            data.history = reviewed.values.filter { $0.personID == me.personID && $0.id != id }
                .sorted { ($0.year, $0.id) < ($1.year, $1.id) }
        }
        return .nominationLoaded(data)
    }

    /// The dossier, or nil when the desk keeps none for this nomination.
    private func dossier(of id: String) throws -> Dossier? {
        do { return try store.dossier(of: id) } catch OneStopError.unknownNomination { return nil }
    }

    private func decide(_ id: String, _ outcome: DecisionOutcome, reason: String?, code: StandardRejectionReason?,
                        seen: Int64?, confirmYear: Int?) -> Msg {
        do {
            let record = try store.decide(id, outcome, reason: reason, reasonCode: code, confirmYear: confirmYear, actor: member,
                                          seenEventID: seen, at: now())
            return .decisionRecorded(record.event)
        } catch {
            return .writeRefused(refusal(error))
        }
    }

    /// Each nomination in its own transaction, through the same calls as one at a time: a refusal of one
    /// (decided meanwhile, vote short of the threshold) does not stop the others.
    private func bulk(_ kind: BulkKind, _ items: [BulkItem], choice: VoteChoice?, reason: String?) -> Msg {
        var outcome = BulkOutcome(kind: kind)
        for item in items {
            do {
                switch kind {
                case .approve:
                    try store.decide(item.id, .approve, actor: member, seenEventID: item.seenEventID, at: now())
                case .supplement:
                    try store.decide(item.id, .supplement, reason: reason, actor: member, seenEventID: item.seenEventID, at: now())
                case .vote:
                    try store.vote(item.id, choice ?? .abstain, member: member, at: now())
                }
                outcome.recorded.append(item.id)
            } catch {
                outcome.refused.append(BulkRefusal(id: item.id, refusal: refusal(error)))
            }
        }
        return .bulkDone(outcome)
    }

    private func documentFailure(_ error: any Error) -> DocumentFailure {
        switch error {
        case let e as DocumentIssueError: return .issue(e)
        case SlipError.nothingToPrint(_, let slip, _): return .slipNotDue(slip)
        case ReportError.noCriticism(let unit): return .noCriticism(unit: unit)
        case is CouncilError: return .refused(refusal(error))
        default: return .other(String(describing: error))
        }
    }

    private func refusal(_ error: any Error) -> WriteRefusal {
        switch error {
        case DecisionError.changedMeanwhile(let id, let by, let at, let kind),
             DecisionError.alreadyDecided(let id, let by, let at, let kind):
            return .changedMeanwhile(nominationID: id, by: by, at: at, kind: kind)
        case DecisionError.voteDisagrees(let id, let outcome, _):
            guard let t = try? store.tally(of: id, viewer: member) else { return .other(String(describing: error)) }
            return .voteDisagrees(nominationID: id, approving: outcome == .approve, agree: t.agree,
                                  denominator: t.denominator, threshold: t.threshold)
        case DeskError.readOnly:
            return .readOnly
        case let e as RecognitionError:
            return .recognitionRefused(e)
        case let e as DismissalError:
            return .dismissalRefused(e)
        case BallotError.alreadyCast:
            return .alreadyVoted
        case CouncilError.notAMember(let login):
            return .notAMember(login)
        case CouncilError.notAllowed(let login, let role, _, _):
            return .notAllowed(login: login, role: role.rawValue)
        default:
            return .other(String(describing: error))
        }
    }
}
