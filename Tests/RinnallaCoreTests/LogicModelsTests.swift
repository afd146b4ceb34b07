import Foundation
import Testing

@testable import RinnallaCore

/// The three logic models held against seed 002, committed whole as
/// `Fixtures/logic-models-002.txt`. The seed is a PDF extraction that breaks words
/// across lines ("palvelukokonaisuut" / "ta"), so texts are compared with all
/// whitespace removed on both sides.
@Suite("The logic models of the three operating models")
struct LogicModelsTests {
    static let fixtureURL =
        Bundle.module.url(forResource: "logic-models-002", withExtension: "txt", subdirectory: "Fixtures")
        ?? Bundle.module.url(forResource: "logic-models-002", withExtension: "txt")

    static let seed: String = {
        guard let url = fixtureURL, let data = try? Data(contentsOf: url) else {
            preconditionFailure("Fixtures/logic-models-002.txt missing")
        }
        return String(decoding: data, as: UTF8.self)
    }()

    static func squeezed(_ text: String) -> String { text.filter { !$0.isWhitespace } }

    static func finnish(_ key: L10nKey) -> String { squeezed(Localizer.shared.text(key, .fi)) }

    /// Each model's pages end with the seed's "X X X" (or "X x x") line: social
    /// rehabilitation, low-threshold social work, outreach work, in this order.
    static let sections: [OperatingModel: String] = {
        var sections: [[String]] = [[]]
        for line in seed.components(separatedBy: "\n") {
            if line.trimmingCharacters(in: .whitespaces).uppercased() == "X X X" {
                sections.append([])
            } else {
                sections[sections.count - 1].append(line)
            }
        }
        return Dictionary(
            uniqueKeysWithValues: zip(OperatingModel.allCases, sections.map { squeezed($0.joined(separator: "\n")) }))
    }()

    /// A model's three passages in the seed: the numbered core-element pages, the table
    /// (from its column headings to the adaptations) and the adaptations below it.
    struct Passages {
        let elements: String
        let table: String
        let adaptations: String
    }

    static func passages(_ model: LogicModel) -> Passages {
        let section = sections[model.model] ?? ""
        let firstElement = "1." + finnish(model.coreElements[0].title)
        guard let elementsStart = section.range(of: firstElement),
            let tableStart = section.range(
                of: finnish(LogicModelColumn.environment.title), range: elementsStart.upperBound..<section.endIndex),
            let adaptationsStart = section.range(
                of: finnish(model.adaptationTitle), range: tableStart.upperBound..<section.endIndex)
        else { preconditionFailure("\(model.model.rawValue): the seed's passages not found") }
        return Passages(
            elements: String(section[elementsStart.lowerBound..<tableStart.lowerBound]),
            table: String(section[tableStart.lowerBound..<adaptationsStart.lowerBound]),
            adaptations: String(section[adaptationsStart.lowerBound...]))
    }

    /// What is left of a passage once the given texts are taken out, longest first so a
    /// short text never cuts into a longer one.
    static func leftover(_ passage: String, removing texts: [String]) -> String {
        texts.sorted { $0.count > $1.count }.reduce(passage) { $0.replacingOccurrences(of: $1, with: "") }
    }

    @Test func theFixtureIsStillTheSeed() throws {
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/seeds/002_1846172be2741dd2.txt")
        guard let data = try? Data(contentsOf: seed) else { return }
        #expect(String(decoding: data, as: UTF8.self) == Self.seed)
    }

    /// Every table entry, core-element bullet and local adaptation is the seed's text in
    /// its own model's pages: a bullet from its "•" to where it ends, a core element after
    /// its number.
    @Test(arguments: OperatingModel.allCases)
    func everyFinnishTextIsTheSeedsWords(operatingModel: OperatingModel) {
        let model = LogicModels.model(operatingModel)
        let passages = Self.passages(model)
        for column in LogicModelColumn.allCases {
            #expect(passages.table.contains(Self.finnish(column.title)), "\(column)")
            for item in model.items(column) {
                let bullet = "•" + Self.finnish(item.text)
                #expect(Self.isWhole(bullet, in: passages.table), "\(column.rawValue).\(item.id): \(bullet)")
            }
        }
        for element in model.coreElements {
            let heading = "\(element.number)." + Self.finnish(element.title)
            #expect(Self.isWhole(heading, in: passages.elements), "\(element.id): \(heading)")
            for item in element.content {
                let bullet = "•" + Self.finnish(item.text)
                #expect(Self.isWhole(bullet, in: passages.elements), "\(element.id).\(item.id): \(bullet)")
            }
        }
        #expect(passages.adaptations.hasPrefix(Self.finnish(model.adaptationTitle)))
        for item in model.adaptationExamples {
            #expect(passages.adaptations.contains(Self.finnish(item.text)), "adaptations.\(item.id)")
        }
        #expect((Self.sections[model.model] ?? "").contains(Self.finnish(model.model.title)))
    }

    /// A text is whole when the seed does not go on with the same word or sentence after
    /// it: what follows is the next bullet, number or heading, or the end.
    static func isWhole(_ text: String, in passage: String) -> Bool {
        var searchFrom = passage.startIndex
        while let found = passage.range(of: text, range: searchFrom..<passage.endIndex) {
            guard let next = passage[found.upperBound...].first, next.isLowercase || next == "-" else { return true }
            searchFrom = found.upperBound
        }
        return false
    }

    /// Nothing of the seed's pages is left out: with the model's texts taken out, the
    /// core-element pages hold only the bullets' marks and the table's title that follows
    /// them, the table only its marks, the adaptations only the marks and commas between.
    @Test(arguments: OperatingModel.allCases)
    func everyTextOfTheSeedsPagesIsInTheModel(operatingModel: OperatingModel) {
        let model = LogicModels.model(operatingModel)
        let passages = Self.passages(model)
        let elementTexts = model.coreElements.flatMap { element in
            ["\(element.number)." + Self.finnish(element.title)] + element.content.map { Self.finnish($0.text) }
        }
        let tableTitle: [OperatingModel: String] = [
            .socialRehabilitation: "Sosiaalinenkuntoutus",
            .lowThreshold: "Matalankynnyksensosiaalityöntoimintamalli",
            .outreach: "Etsivätyö",
        ]
        #expect(Self.leftover(passages.elements, removing: elementTexts + ["•"]) == tableTitle[model.model])
        let tableTexts =
            LogicModelColumn.allCases.map { Self.finnish($0.title) }
            + LogicModelColumn.allCases.flatMap { model.items($0).map { Self.finnish($0.text) } }
        #expect(Self.leftover(passages.table, removing: tableTexts + ["•"]) == "")
        let adaptationTexts =
            [Self.finnish(model.adaptationTitle)] + model.adaptationExamples.map { Self.finnish($0.text) }
        #expect(Self.leftover(passages.adaptations, removing: adaptationTexts + ["•", ","]) == "")
    }

    /// Worked examples, counted in the seed. Social rehabilitation (lines 43–112): four
    /// entries in every column; need mapping and planfulness have two bullets each,
    /// intensive individual work and group activity three; three bulleted adaptations.
    /// Low-threshold (153–225): five entries under environment and actors ("Neuvonnan ja
    /// ohjauksen edellyttämä verkostoitunut toimintamalli" … "Rakentuu osana soveltuvaa
    /// palvelukokonaisuutta"), four elsewhere; bullets 3, 1, 3, 2; one adaptation
    /// sentence. Outreach (289–363): four in every column; bullets 3, 4, 2, 2; two
    /// adaptations after "esim.".
    @Test func eachColumnHasTheSeedsNumberOfEntries() {
        let expected: [OperatingModel: (columns: [Int], content: [Int], adaptations: Int)] = [
            .socialRehabilitation: ([4, 4, 4, 4, 4], [2, 2, 3, 3], 3),
            .lowThreshold: ([5, 4, 4, 4, 4], [3, 1, 3, 2], 1),
            .outreach: ([4, 4, 4, 4, 4], [3, 4, 2, 2], 2),
        ]
        for model in LogicModels.all {
            let counts = expected[model.model]
            #expect(LogicModelColumn.allCases.map { model.items($0).count } == counts?.columns, "\(model.model)")
            #expect(model.coreElements.map(\.content.count) == counts?.content, "\(model.model)")
            #expect(model.coreElements.map(\.number) == [1, 2, 3, 4], "\(model.model)")
            #expect(model.adaptationExamples.count == counts?.adaptations, "\(model.model)")
        }
        #expect(LogicModels.all.map(\.model) == OperatingModel.allCases)
        #expect(OperatingModel.allCases.allSatisfy { LogicModels.model($0).model == $0 })
    }

    /// The core elements column lists the elements themselves: the seed's table names the
    /// same four as the numbered pages.
    @Test func theCoreElementsColumnIsTheElements() {
        let model = LogicModels.model(.socialRehabilitation)
        #expect(model.items(.coreElements).map(\.id) == model.coreElements.map(\.id))
        #expect(model.items(.coreElements).map(\.text) == model.coreElements.map(\.title))
        #expect(
            Localizer.shared.text(model.coreElements[0].title, .fi) == "Kuntoutuksellisten tarpeiden selvittäminen")
        #expect(Localizer.shared.text(model.items(.resources)[0].text, .fi) == "Henkilöstö")
        #expect(model.items(.resources)[0].text == .logicModelSocialRehabilitationResourcesStaff)
    }

    @Test(arguments: OperatingModel.allCases)
    func idsAreUniqueWithinAModel(operatingModel: OperatingModel) {
        let model = LogicModels.model(operatingModel)
        let columns = LogicModelColumn.allCases.map { model.items($0).map(\.id) }
        for ids in columns + model.coreElements.map({ $0.content.map(\.id) }) + [model.adaptationExamples.map(\.id)] {
            #expect(Set(ids).count == ids.count, "\(model.model): \(ids)")
        }
        let allIDs = columns.flatMap { $0 }
        #expect(Set(allIDs).count == allIDs.count, "\(model.model): an id in two columns")
    }

    /// Every text has Finnish, Swedish and English, and the Swedish and English are
    /// translations rather than the Finnish copied.
    @Test(arguments: OperatingModel.allCases)
    func everyKeyHasAllThreeLanguages(operatingModel: OperatingModel) {
        let model = LogicModels.model(operatingModel)
        let keys =
            [model.model.title, model.adaptationTitle] + LogicModelColumn.allCases.map(\.title)
            + LogicModelColumn.allCases.flatMap { model.items($0).map(\.text) }
            + model.coreElements.flatMap { $0.content.map(\.text) } + model.adaptationExamples.map(\.text)
        for key in keys {
            let texts = Language.allCases.map { Localizer.shared.text(key, $0) }
            #expect(texts.allSatisfy { !$0.isEmpty && $0 != key.rawValue }, "\(key.rawValue)")
            #expect(texts[1] != texts[0] && texts[2] != texts[0], "\(key.rawValue) is not translated")
        }
    }
}
