/// An operating model's logic model as seed 002 draws it: five columns from the
/// operating environment to the outcomes, the core elements with their content, and
/// the examples of local adaptations printed under the table.
public struct LogicModel: Sendable {
    public let model: OperatingModel
    public let environment: [LogicModelItem]
    public let resources: [LogicModelItem]
    public let coreElements: [CoreElement]
    public let mechanisms: [LogicModelItem]
    public let outcomes: [LogicModelItem]
    /// The heading of the examples, which the seed words differently for each model
    /// ("Paikalliset adaptaatiotarpeet ja -ratkaisut, esim." …).
    public let adaptationTitle: L10nKey
    public let adaptationExamples: [LogicModelItem]

    /// A column's entries; the core elements column lists the elements' titles, with
    /// the element's id.
    public func items(_ column: LogicModelColumn) -> [LogicModelItem] {
        switch column {
        case .environment: environment
        case .resources: resources
        case .coreElements: coreElements.map { LogicModelItem(id: $0.id, text: $0.title) }
        case .mechanisms: mechanisms
        case .outcomes: outcomes
        }
    }

    /// Builds a model from the ids of its entries in `l10n/logicmodels.txt`, where an
    /// entry's key is `logicModel.<model>.<column>.<id>` (a core element's bullets add
    /// `.<bullet id>`; the adaptations are `logicModel.<model>.adaptations.<id>`). The
    /// core elements are numbered in the order given, as the seed numbers them.
    init(
        _ model: OperatingModel, environment: [String], resources: [String],
        coreElements: [(id: String, content: [String])], mechanisms: [String], outcomes: [String],
        adaptationExamples: [String]
    ) {
        func items(_ prefix: String, _ ids: [String]) -> [LogicModelItem] {
            ids.map { LogicModelItem(id: $0, text: Self.key("\(prefix).\($0)")) }
        }
        let root = "logicModel.\(model.rawValue)"
        self.model = model
        self.environment = items("\(root).\(LogicModelColumn.environment.rawValue)", environment)
        self.resources = items("\(root).\(LogicModelColumn.resources.rawValue)", resources)
        let elements = "\(root).\(LogicModelColumn.coreElements.rawValue)"
        self.coreElements = coreElements.enumerated().map { index, element in
            CoreElement(
                id: element.id, number: index + 1, title: Self.key("\(elements).\(element.id)"),
                content: items("\(elements).\(element.id)", element.content))
        }
        self.mechanisms = items("\(root).\(LogicModelColumn.mechanisms.rawValue)", mechanisms)
        self.outcomes = items("\(root).\(LogicModelColumn.outcomes.rawValue)", outcomes)
        self.adaptationTitle = Self.key("\(root).adaptations.title")
        self.adaptationExamples = items("\(root).adaptations", adaptationExamples)
    }

    private static func key(_ raw: String) -> L10nKey {
        guard let key = L10nKey(rawValue: raw) else { preconditionFailure("l10n/logicmodels.txt has no \(raw)") }
        return key
    }
}
