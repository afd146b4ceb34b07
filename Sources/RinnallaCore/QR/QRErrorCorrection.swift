/// The four error correction levels of ISO/IEC 18004: roughly 7 %, 15 %, 25 % and 30 % of
/// the codewords can be restored. Posters use `.medium`: it survives a crease or a smudge
/// and keeps a 150-byte link within version 8.
public enum QRErrorCorrection: String, Sendable, CaseIterable, Codable {
    case low = "L"
    case medium = "M"
    case quartile = "Q"
    case high = "H"

    /// The two bits the format information carries; the standard's order is not L, M, Q, H.
    var formatBits: Int {
        switch self {
        case .low: 0b01
        case .medium: 0b00
        case .quartile: 0b11
        case .high: 0b10
        }
    }

    /// Index into the rows of `QRVersionTable`.
    var tableIndex: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .quartile: 2
        case .high: 3
        }
    }
}
