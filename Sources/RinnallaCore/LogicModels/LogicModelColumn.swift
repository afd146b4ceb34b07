/// The five columns of a logic model's table in seed 002, from left to right.
public enum LogicModelColumn: String, CaseIterable, Sendable, Codable {
    case environment, resources, coreElements = "core-elements", mechanisms, outcomes

    /// The seed's column heading: "Toimintaympäristö ja toimijat", "Resurssit",
    /// "Ydinelementit", "Mekanismi", "Toimintamallin tulokset".
    public var title: L10nKey {
        switch self {
        case .environment: .logicModelColumnEnvironment
        case .resources: .logicModelColumnResources
        case .coreElements: .logicModelColumnCoreElements
        case .mechanisms: .logicModelColumnMechanisms
        case .outcomes: .logicModelColumnOutcomes
        }
    }
}
