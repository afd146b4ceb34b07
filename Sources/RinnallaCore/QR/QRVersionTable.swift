/// Symbol sizes and codeword block structures of QR versions 1–10 (ISO/IEC 18004, the
/// error correction characteristics table). Larger versions are not needed for links.
public enum QRVersionTable {
    public static let versions = 1...10

    /// One group of equally long blocks: `count` blocks of `dataCodewords` data codewords.
    struct Group: Sendable, Equatable {
        var count: Int
        var dataCodewords: Int
    }

    /// Every block of a version and level has the same number of error correction codewords.
    struct Blocks: Sendable, Equatable {
        var errorCorrectionPerBlock: Int
        var groups: [Group]

        var blockCount: Int { groups.reduce(0) { $0 + $1.count } }
        var dataCodewords: Int { groups.reduce(0) { $0 + $1.count * $1.dataCodewords } }
        var totalCodewords: Int { dataCodewords + blockCount * errorCorrectionPerBlock }
        /// Data codeword lengths of the blocks in order (the shorter group first).
        var dataLengths: [Int] { groups.flatMap { Array(repeating: $0.dataCodewords, count: $0.count) } }
    }

    // Rows per version, columns L, M, Q, H: (EC codewords per block, [(blocks, data codewords)]).
    private static let table: [[(Int, [(Int, Int)])]] = [
        [(7, [(1, 19)]), (10, [(1, 16)]), (13, [(1, 13)]), (17, [(1, 9)])],
        [(10, [(1, 34)]), (16, [(1, 28)]), (22, [(1, 22)]), (28, [(1, 16)])],
        [(15, [(1, 55)]), (26, [(1, 44)]), (18, [(2, 17)]), (22, [(2, 13)])],
        [(20, [(1, 80)]), (18, [(2, 32)]), (26, [(2, 24)]), (16, [(4, 9)])],
        [(26, [(1, 108)]), (24, [(2, 43)]), (18, [(2, 15), (2, 16)]), (22, [(2, 11), (2, 12)])],
        [(18, [(2, 68)]), (16, [(4, 27)]), (24, [(4, 19)]), (28, [(4, 15)])],
        [(20, [(2, 78)]), (18, [(4, 31)]), (18, [(2, 14), (4, 15)]), (26, [(4, 13), (1, 14)])],
        [(24, [(2, 97)]), (22, [(2, 38), (2, 39)]), (22, [(4, 18), (2, 19)]), (26, [(4, 14), (2, 15)])],
        [(30, [(2, 116)]), (22, [(3, 36), (2, 37)]), (20, [(4, 16), (4, 17)]), (24, [(4, 12), (4, 13)])],
        [
            (18, [(2, 68), (2, 69)]), (26, [(4, 43), (1, 44)]), (24, [(6, 19), (2, 20)]),
            (28, [(6, 15), (2, 16)]),
        ],
    ]

    static func blocks(version: Int, level: QRErrorCorrection) -> Blocks {
        precondition(versions.contains(version), "QR version \(version) is not supported")
        let (ec, groups) = table[version - 1][level.tableIndex]
        return Blocks(errorCorrectionPerBlock: ec, groups: groups.map { Group(count: $0.0, dataCodewords: $0.1) })
    }

    /// Modules on a side: 21 for version 1, four more for each version after it.
    public static func size(version: Int) -> Int { 17 + 4 * version }

    /// Centre coordinates of the alignment patterns along each axis (none in version 1).
    static func alignmentCentres(version: Int) -> [Int] {
        switch version {
        case 1: []
        case 2...6: [6, 10 + 4 * version]
        case 7: [6, 22, 38]
        case 8: [6, 24, 42]
        case 9: [6, 26, 46]
        case 10: [6, 28, 50]
        default: preconditionFailure("QR version \(version) is not supported")
        }
    }

    /// Bits in the character count of byte mode: 8 up to version 9, 16 from version 10.
    static func byteCountBits(version: Int) -> Int { version <= 9 ? 8 : 16 }

    /// How many bytes (byte mode, one segment) fit into a version at a level.
    public static func byteCapacity(version: Int, level: QRErrorCorrection) -> Int {
        let bits = blocks(version: version, level: level).dataCodewords * 8
        return (bits - 4 - byteCountBits(version: version)) / 8
    }

    /// The smallest version of at least `minimum` that holds `byteCount` bytes, if any.
    public static func smallestVersion(for byteCount: Int, level: QRErrorCorrection, minimum: Int = 1) -> Int? {
        versions.first { $0 >= minimum && byteCapacity(version: $0, level: level) >= byteCount }
    }
}
