import Foundation

/// The instruments that ship with Rinnalla for client self-assessment: only those whose
/// wording is in the source documents (`/work/shared/seeds`), each file naming its source.
/// Organisations add their own through the admin upload or `rinnalla instruments add`.
///
/// None ships today. The inclusion indicator (ESIS) used to, and is now *retired* from
/// client use: THL's guide does not recommend it for assessing an individual client, and
/// its results are never to be attached to a client record (issue 6). It is collected
/// anonymously in inclusion evaluations instead. Its definition stays here so that
/// self-assessments recorded with it before remain readable; it cannot be chosen, switched
/// on or uploaded again under its id.
public enum ShippedInstruments {
    /// Resource names under `Resources/Instruments` (SwiftPM may flatten the folder).
    static let files: [String] = []
    static let retiredFiles = ["instrument-esis"]

    public static let all: [InstrumentDefinition] = load(files)
    public static let retired: [InstrumentDefinition] = load(retiredFiles)

    static func load(_ files: [String]) -> [InstrumentDefinition] {
        files.map { name in
            let url =
                Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Instruments")
                ?? Bundle.module.url(forResource: name, withExtension: "json")
            do {
                guard let url else { throw InstrumentProblem(.errorNotFound) }
                return try InstrumentParser.parse(String(decoding: try Data(contentsOf: url), as: UTF8.self))
            } catch {
                // Shipped files are checked by the tests; a broken one is a packaging error.
                preconditionFailure("Shipped instrument \(name) could not be loaded: \(error)")
            }
        }
    }

    /// A shipped instrument that may be used for clients.
    public static func find(_ id: String) -> InstrumentDefinition? { all.first { $0.id == id } }

    /// A retired one, for reading what was recorded with it.
    public static func findRetired(_ id: String) -> InstrumentDefinition? { retired.first { $0.id == id } }
}
