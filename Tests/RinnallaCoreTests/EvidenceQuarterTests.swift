import Testing

@testable import RinnallaCore

@Suite("Logic model evidence: a quarter, protected and coloured")
struct EvidenceQuarterTests {
    let q4 = ReportingPeriod.quarter(year: 2026, quarter: 4)

    @Test func everyIndicatorHasItsTextsAndNamesItemsOfItsModels() {
        for indicator in EvidenceIndicator.allCases {
            #expect(Localizer.shared.text(indicator.title, .fi) != indicator.title.rawValue)
            #expect(Localizer.shared.text(indicator.definition, .en) != indicator.definition.rawValue)
            for model in indicator.models {
                let logic = LogicModels.model(model)
                let ids = Set(
                    indicator.kind == .fidelity ? logic.coreElements.map(\.id) : logic.outcomes.map(\.id))
                for item in indicator.items(in: model) { #expect(ids.contains(item), "\(indicator) \(item)") }
            }
        }
        for band in EvidenceBand.allCases { #expect(Localizer.shared.text(band.title, .sv) != band.title.rawValue) }
    }

    @Test func everyCoreElementHasAnIndicator() {
        for model in OperatingModel.allCases {
            let measured = Set(
                EvidenceIndicator.of(model).filter { $0.kind == .fidelity }.flatMap { $0.items(in: model) })
            #expect(measured == Set(LogicModels.model(model).coreElements.map(\.id)))
        }
    }

    @Test func bandsTakeTheWeakestIndicatorAndLeaveOutcomesUnmeasured() {
        var facts = EvidenceFacts()
        // Twenty contacts on the street: 18 with advice, 12 with listening, none referred.
        for day in 1...20 {
            var supports: Set<ContactSupport> = day <= 18 ? [.adviceAndGuidance] : []
            if day <= 12 { supports.insert(.listeningAndSupport) }
            facts.contacts.append(.init(day: Day(2026, 10, day), channel: .street, supports: supports))
        }
        let quarter = EvidenceQuarter(.lowThreshold, quarter: q4, facts: facts, today: Day(2026, 12, 31))
        #expect(quarter.values[.adviceAndGuidance] == .share(Share(part: 18, whole: 20)))
        let bands = quarter.bands(.lowThreshold, threshold: 5)
        // 18 of 20: the rest, 2, is under 5, and 90 % would give it away.
        #expect(bands["advice-and-guidance"] == .hidden)
        #expect(bands["listening-and-support"] == .middle)  // 60 %
        #expect(bands["service-paths"] == .low)  // none of 20: 0 % is a figure, not a gap
        #expect(bands["initial-assessment"] == .noData)  // no assessments at all
        // Referrals reached: no follow-ups, no data.
        #expect(bands["access-improved"] == .noData)
        #expect(bands["heard"] == .notMeasured)
        #expect(quarter.channels.isEmpty)
    }

    @Test func outreachListsChannelsAndCountsReports() {
        var facts = EvidenceFacts()
        facts.socialReports = [Day(2026, 10, 1), Day(2026, 11, 1), Day(2026, 7, 1)]
        facts.contacts = [.init(day: Day(2026, 10, 1), channel: .home)]
        let quarter = EvidenceQuarter(.outreach, quarter: q4, facts: facts, today: Day(2026, 12, 31))
        #expect(quarter.values[.socialReports] == .count(2))
        #expect(quarter.protected(threshold: 5)[.socialReports] == .count(.fewerThan(5)))
        #expect(quarter.channels.count == ContactChannel.allCases.count)
        #expect(quarter.values[.adviceAndGuidance] == nil)  // a low-threshold indicator
    }
}

@Suite("Logic model evidence: the quarter's meetings against the dashboard's months")
struct EvidenceMeetingProtectionTests {
    @Test func aQuarterIsHiddenWhenOneOfItsMonthsIs() {
        // Six clients under decisions all quarter; in December only two had two meetings:
        // December's 2 of 6 is hidden on the dashboard, so the quarter must be too.
        var facts = EvidenceFacts()
        let decisions = [DayRange(Day(2026, 9, 1), Day(2027, 2, 28))]
        for client in 0..<6 {
            facts.periods.append(
                .init(
                    decisions: decisions,
                    realisedByMonth: [
                        Month(2026, 10): 2, Month(2026, 11): 2, Month(2026, 12): client < 2 ? 2 : 1,
                    ]))
        }
        let quarter = EvidenceQuarter(
            .socialRehabilitation, quarter: .quarter(year: 2026, quarter: 4), facts: facts, today: Day(2027, 1, 5))
        #expect(quarter.values[.twoMeetingsAMonth] == .share(Share(part: 14, whole: 18)))
        #expect(quarter.protected(threshold: 5)[.twoMeetingsAMonth] == .share(.hidden))
        // With every month shown the quarter is shown too.
        for index in facts.periods.indices { facts.periods[index].realisedByMonth[Month(2026, 12)] = 2 }
        let full = EvidenceQuarter(
            .socialRehabilitation, quarter: .quarter(year: 2026, quarter: 4), facts: facts, today: Day(2027, 1, 5))
        #expect(full.protected(threshold: 5)[.twoMeetingsAMonth]?.band == .high)
    }
}
