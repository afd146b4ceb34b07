import Foundation

/// The instruments that ship with Rinnalla: only those whose wording is in the source
/// documents (`/work/shared/seeds`), each file naming its source. Organisations add
/// their own through the admin upload.
public enum ShippedInstruments {
    /// Resource names under `Resources/Instruments` (SwiftPM may flatten the folder).
    static let files = ["instrument-esis"]

    public static let all: [InstrumentDefinition] = {
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
    }()

    public static func find(_ id: String) -> InstrumentDefinition? { all.first { $0.id == id } }
}
