import Foundation
import Testing

@testable import RinnallaCore

/// The period's steps held against the handbook (seed 003, lines 364–502: the six
/// phases). The lines are committed as `Fixtures/handbook-process-364-502.txt` so the
/// test runs in a fresh clone; where the seed is reachable, the fixture must still be
/// exactly its lines.
@Suite("The handbook's phase steps")
struct HandbookStepsTests {
    static let fixtureURL =
        Bundle.module.url(forResource: "handbook-process-364-502", withExtension: "txt", subdirectory: "Fixtures")
        ?? Bundle.module.url(forResource: "handbook-process-364-502", withExtension: "txt")

    /// The handbook's running text: the PDF's line breaks and doubled spaces undone.
    static let handbook: String = {
        guard let url = fixtureURL, let data = try? Data(contentsOf: url) else {
            preconditionFailure("Fixtures/handbook-process-364-502.txt missing")
        }
        return normalized(String(decoding: data, as: UTF8.self))
    }()

    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func finnish(_ key: L10nKey) -> String { normalized(Localizer.shared.text(key, .fi)) }

    /// Each phase's block of the handbook, from its first sentence to its last. The PDF
    /// puts the columns in this order: start, intensive work, before the start, group
    /// activity, closing, interim evaluation. "Kalenteroi koko jakso valmiiksi itsellesi!"
    /// is a side note printed under "2 Aloitus".
    static let blocks: [PeriodPhase: [(from: String, to: String)]] = [
        .beforeStart: [("Esittele asiakkaalle", "tehdä myös sopimuksen.")],
        .start: [
            ("Tee päätös sosiaalisesta kuntoutuksesta", "edellisen tapaamisen lopuksi."),
            ("2 Aloitus", "3 Tehostettu"),
        ],
        .intensiveIndividualWork: [
            ("Tapaa asiakasta vähintään joka toinen viikko", "näkyväksi tavoitteessa eteneminen.")
        ],
        .interimEvaluation: [("Tee asiakkaan kanssa yhdessä arvio", "muista hyte-palveluista.")],
        .groupActivity: [("Sosiaalisen kuntoutuksen palveluun kuuluu", "kannusta ja tsemppaa.")],
        .closing: [("Valmistele asiakasta hyvissä ajoin", "mahdollisesta yhteydenpidosta.")],
    ]

    static func block(_ phase: PeriodPhase) -> [String] {
        (blocks[phase] ?? []).map { anchors in
            guard let start = handbook.range(of: anchors.from),
                let end = handbook.range(of: anchors.to, range: start.upperBound..<handbook.endIndex)
            else { preconditionFailure("anchor not in the handbook: \(anchors)") }
            return String(handbook[start.lowerBound..<end.upperBound])
        }
    }

    @Test func theFixtureIsStillTheSeedsLines() throws {
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/seeds/003_82827c2aae075d3e.txt")
        guard let data = try? Data(contentsOf: seed), let url = Self.fixtureURL else { return }
        let lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        let fixture = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(fixture == lines[363...501].joined(separator: "\n") + "\n")
    }

    @Test func everyStepIsTheHandbooksWordsInItsPhase() {
        for step in HandbookStep.all {
            let text = Self.finnish(step.text)
            #expect(Self.block(step.phase).contains { $0.contains(text) }, "\(step.id): \(text)")
        }
        for note in HandbookNote.all {
            let text = Self.finnish(note.text)
            #expect(Self.block(note.phase).contains { $0.contains(text) }, "\(note.id): \(text)")
        }
    }

    /// Every word of every phase is in a step to tick or a note beside the steps: with
    /// them all taken out of the phase's block, nothing is left. So no step is left out
    /// and there is no omission to explain.
    @Test func everySentenceOfEveryPhaseIsAStepOrANote() {
        for phase in PeriodPhase.allCases {
            let texts =
                phase.steps.map { Self.finnish($0.text) } + HandbookNote.notes(in: phase).map { Self.finnish($0.text) }
            for block in Self.block(phase) where !block.hasPrefix("2 Aloitus") {
                let rest = texts.reduce(block) { $0.replacingOccurrences(of: $1, with: " ") }
                #expect(Self.normalized(rest).isEmpty, "\(phase.rawValue) has more: \(Self.normalized(rest))")
            }
        }
    }

    @Test func stepsAreUniqueAndEveryPhaseHasSome() {
        #expect(Set(HandbookStep.all.map(\.id)).count == HandbookStep.all.count)
        #expect(PeriodPhase.allCases.allSatisfy { !$0.steps.isEmpty })
        #expect(HandbookStep.all.count == 43)
        // The two the first checklist had under another phase than the handbook.
        #expect(HandbookStep.step("agree-next-meeting")?.phase == .start)
        #expect(HandbookStep.step("lower-group-threshold")?.phase == .intensiveIndividualWork)
    }

    @Test func eachStepHasAllThreeLanguages() {
        for step in HandbookStep.all {
            for language in Language.allCases {
                #expect(Localizer.shared.text(step.text, language) != step.text.rawValue)
            }
        }
    }

    /// A worked example: a record in Rinnalla ticks its step; a worker's tick stands for
    /// the rest; a step with neither is open.
    @Test func aRecordOrATickMarksAStepDone() {
        let worker = HandbookStepState.Done(by: "Sari Sosiaalityöntekijä", on: Day(2026, 3, 2))
        let states = HandbookStepState.resolve(
            PeriodPhase.start.steps, recorded: [.startSelfAssessment: worker],
            ticked: ["meet-where-trust-grows": worker])
        let byID = Dictionary(uniqueKeysWithValues: states.map { ($0.step.id, $0) })
        #expect(byID["start-self-assessment"]?.recorded == worker)
        #expect(byID["start-self-assessment"]?.isDone == true)
        #expect(byID["meet-where-trust-grows"]?.ticked == worker)
        #expect(byID["decisions"]?.isDone == false)
        #expect(states.filter(\.isDone).count == 2)
    }

    /// A worked example of the closing feedback count: 12 forms filled in Finnish, 6 in
    /// Swedish, 2 refusals and nothing recorded for 5. The two refusals are hidden, and
    /// so is the next smallest cell of their row and of their column, so neither can be
    /// worked out from the totals.
    @Test func closingFeedbackIsCountedWithSmallCellsProtected() {
        let records =
            Array(repeating: ClosingFeedback.Record(given: true, language: "fi"), count: 12)
            + Array(repeating: .init(given: true, language: "sv"), count: 6)
            + Array(repeating: .init(given: false, language: "fi"), count: 2)
            + Array(repeating: .init(given: nil, language: nil), count: 5)
        let table = ClosingFeedback.table(records, threshold: 5)
        #expect(table.total == .shown(25))
        #expect(table.cells[1][0] == .fewerThan(5))
        #expect(table.rowTotals[1] == .fewerThan(5))
        #expect(table.cells[2][2] == .shown(5))
        // No row or column has exactly one hidden entry (its total included).
        func hidden(_ counts: [ProtectedCount]) -> Int {
            counts.filter { if case .shown = $0 { false } else { true } }.count
        }
        for (row, total) in zip(table.cells, table.rowTotals) { #expect(hidden(row + [total]) != 1) }
        for column in 0..<3 {
            #expect(hidden(table.cells.map { $0[column] } + [table.columnTotals[column]]) != 1)
        }
    }
}
