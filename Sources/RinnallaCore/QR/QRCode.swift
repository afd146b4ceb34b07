/// A QR code symbol (ISO/IEC 18004, Model 2) holding one byte-mode segment, e.g. a UTF-8
/// link for a poster. Versions 1–10, chosen as the smallest that fits; the mask is chosen
/// by the standard's penalty rules unless given.
public struct QRCode: Sendable, Equatable {
    public let version: Int
    public let errorCorrection: QRErrorCorrection
    /// The mask pattern used, 0–7.
    public let mask: Int
    /// `modules[row][column]`, `true` for dark; row 0 is the top. No quiet zone.
    public let modules: [[Bool]]

    /// Modules on a side (21 for version 1 … 57 for version 10).
    public var size: Int { modules.count }

    public enum EncodingError: Error, Equatable, Sendable {
        /// More bytes than the largest supported version holds at the level.
        case tooLong(bytes: Int, maximum: Int)
    }

    /// Encodes `text` as UTF-8 in byte mode.
    public init(text: String, errorCorrection: QRErrorCorrection = .medium) throws(EncodingError) {
        try self.init(bytes: Array(text.utf8), errorCorrection: errorCorrection)
    }

    /// `minimumVersion` forces a larger symbol than needed; `mask` skips the penalty rules
    /// (both for tests and special layouts).
    public init(
        bytes: [UInt8], errorCorrection: QRErrorCorrection = .medium, minimumVersion: Int = 1, mask: Int? = nil
    ) throws(EncodingError) {
        precondition(mask.map { (0...7).contains($0) } ?? true, "mask must be 0–7")
        guard
            let version = QRVersionTable.smallestVersion(
                for: bytes.count, level: errorCorrection, minimum: minimumVersion)
        else {
            let largest = QRVersionTable.versions.upperBound
            throw .tooLong(
                bytes: bytes.count, maximum: QRVersionTable.byteCapacity(version: largest, level: errorCorrection))
        }
        let data = QRCodewords.data(bytes, version: version, level: errorCorrection)
        var matrix = QRMatrix(version: version)
        matrix.placeData(QRCodewords.interleaved(data: data, version: version, level: errorCorrection))
        let chosen = mask ?? Self.bestMask(for: matrix, level: errorCorrection)
        matrix.applyMask(chosen)
        matrix.drawFormat(level: errorCorrection, mask: chosen)
        self.version = version
        self.errorCorrection = errorCorrection
        self.mask = chosen
        self.modules = matrix.rows
    }

    /// Tries all eight masks, each with its own format information in place, since those
    /// modules count in the penalty too.
    private static func bestMask(for unmasked: QRMatrix, level: QRErrorCorrection) -> Int {
        var best = (mask: 0, penalty: Int.max)
        for mask in 0...7 {
            var candidate = unmasked
            candidate.applyMask(mask)
            candidate.drawFormat(level: level, mask: mask)
            let penalty = QRPenalty.score(candidate)
            if penalty < best.penalty { best = (mask, penalty) }
        }
        return best.mask
    }
}
