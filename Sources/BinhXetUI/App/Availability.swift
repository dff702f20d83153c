// MARK: - Why an action cannot run here (lazygit's disabled reasons)

extension AppState {
    /// Nil when the action can run now; otherwise the reason shown in the message line and the help.
    public func unavailableReason(_ action: ActionID) -> String? {
        let s = strings
        let onNomination = screen == .nomination || screen == .compare
        switch action {
        case .moveUp, .moveDown, .pageUp, .pageDown, .firstLine, .lastLine, .help, .refresh, .quit:
            return nil
        case .open:
            if screen == .summary { return summary?.selectedLine == nil ? s.summaryNoUnit : nil }
            if screen != .queues { return s.onlyInQueues }
            return queue.selectedRow == nil ? s.noNominationSelected : nil
        case .back:
            return screen == .queues && queue.search.isEmpty && queue.tagged.isEmpty ? s.nothingToGoBackTo : nil
        case .nextQueue, .previousQueue, .search, .filter, .sort, .reverseSort, .chooseQueue:
            return screen == .queues ? nil : s.onlyInQueues
        case .tag, .tagAll:
            if screen != .queues { return s.onlyInQueues }
            return queue.selectedRow == nil ? s.noNominationSelected : nil
        case .nextNomination, .previousNomination:
            return onNomination ? nil : (screen == .queues ? s.openNominationFirst : s.onlyOnNomination)
        case .clearFilter:
            if screen != .queues { return s.onlyInQueues }
            return queue.filter.isEmpty ? s.noFilterReason : nil
        case .sideBySide:
            switch screen {
            case .queues:
                guard let row = queue.selectedRow else { return s.noNominationSelected }
                if !row.checked { return s.notCheckedReason }
                return row.hasSource ? nil : s.noSourceReason
            case .nomination:
                guard let n = nomination, let data = n.data else { return s.stillLoading }
                if !data.checked { return s.notCheckedReason }
                return n.sources.isEmpty ? s.noSourceReason : nil
            case .compare:
                return s.alreadySideBySide
            case .help, .generic, .summary:
                return s.onlyOnNomination
            }
        case .nextPassage, .previousPassage:
            guard onNomination, let n = nomination else { return s.onlyOnNomination }
            guard let data = n.data else { return s.stillLoading }
            if !data.checked { return s.notCheckedReason }
            if screen == .compare, let c = compare {
                return n.sources.indices.contains(c.source) && !n.sources[c.source].pairs.isEmpty ? nil : s.noPassagesReason
            }
            return n.marks.isEmpty ? s.noPassagesReason : nil
        case .nextSource, .previousSource:
            guard onNomination, let n = nomination else { return s.onlyOnNomination }
            guard let data = n.data else { return s.stillLoading }
            if !data.checked { return s.notCheckedReason }
            if n.sources.isEmpty { return s.noSourceReason }
            return n.sources.count < 2 ? s.oneSourceReason : nil
        case .scrollLeftSide, .scrollRightSide, .scrollBothSides:
            return screen == .compare ? nil : s.onlySideBySide
        case .vote:
            if screen == .queues, !queue.tagged.isEmpty { return bulkUnavailableReason(action) }
            guard onNomination else { return screen == .queues ? s.openNominationFirst : s.onlyOnNomination }
            guard let status = nomination?.status, let data = nomination?.data else { return s.stillLoading }
            if readOnly { return s.readOnlyReason }
            guard let standing = data.standing, standing.councilExists else { return s.noCouncil }
            guard standing.mayVote else { return s.notOnCouncil(member) }
            if status.isDecided { return s.votingClosed(s.status(status)) }
            if standing.secretBallot, data.tally?.votes.contains(where: { $0.login == member }) == true {
                return s.alreadyCastSecretly
            }
            return nil
        case .yearSummary:
            if screen != .queues { return s.onlyInQueues }
            return queue.loaded && queue.reviewYear.year == nil ? s.summaryNoYear : nil
        case .recogniseInitiative:
            return recognitionUnavailableReason
        case .dismissFinding:
            return dismissUnavailableReason
        case .documents:
            return documentsUnavailableReason
        case .recordMeeting:
            return meetingUnavailableReason
        case .approve, .reject, .requestSupplement, .criticiseUnit:
            // With rows tagged, approve, vote and return act on all of them from the queue.
            if screen == .queues, !queue.tagged.isEmpty, action != .criticiseUnit { return bulkUnavailableReason(action) }
            guard onNomination else { return screen == .queues ? s.openNominationFirst : s.onlyOnNomination }
            guard let status = nomination?.status else { return s.stillLoading }
            if readOnly { return s.readOnlyReason }
            // Asked before any typing: a reason written by a member who may not record it would be lost.
            if let standing = nomination?.data?.standing, !standing.mayRecordOutcomes {
                guard standing.member != nil else { return s.notOnCouncil(member) }
                return s.mayNotRecordOutcomes(role: standing.member.map { s.role($0.role) }, allowed: standing.outcomeRoles.map(s.role))
            }
            if action == .criticiseUnit { return nil }
            if status.isDecided { return s.alreadyDecided(s.status(status)) }
            if action == .requestSupplement && status == .awaitingSupplement { return s.alreadyAwaiting }
            return nil
        }
    }
}
