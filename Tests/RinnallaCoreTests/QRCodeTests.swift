import Foundation
import Testing

@testable import RinnallaCore

@Suite("QR code encoder")
struct QRCodeTests {
    /// Generator polynomials as exponents of α, as the standard's annex lists them.
    @Test func generatorPolynomialsMatchTheStandard() {
        let exponents = { (degree: Int) in ReedSolomon.generator(degree: degree).map { GaloisField256.log[Int($0)] } }
        #expect(exponents(7) == [0, 87, 229, 146, 149, 238, 102, 21])
        #expect(exponents(10) == [0, 251, 67, 46, 61, 118, 70, 64, 94, 32, 45])
    }

    /// The well-known "HELLO WORLD" 1-M symbol (alphanumeric mode): its 16 data codewords
    /// give these 10 error correction codewords.
    @Test func reedSolomonOfHelloWorld() {
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        #expect(ReedSolomon.errorCorrection(for: data, count: 10) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23])
    }

    @Test func fieldArithmetic() {
        #expect(GaloisField256.exp[8] == 0x1D)  // α⁸ = x⁴ + x³ + x² + 1
        #expect(GaloisField256.exp[255] == 1)
        for a in 1...255 {
            let value = UInt8(a)
            let inverse = GaloisField256.exp[255 - GaloisField256.log[a]]
            #expect(GaloisField256.multiply(value, inverse) == 1)
        }
    }

    /// Format information from the standard's table of all 32 combinations (a few of them).
    @Test func formatInformation() {
        #expect(QRMatrix.formatBits(level: .medium, mask: 0) == 0b101_0100_0001_0010)
        #expect(QRMatrix.formatBits(level: .low, mask: 0) == 0b111_0111_1100_0100)
        #expect(QRMatrix.formatBits(level: .low, mask: 1) == 0b111_0010_1111_0011)
        #expect(QRMatrix.formatBits(level: .quartile, mask: 0) == 0b011_0101_0101_1111)
        #expect(QRMatrix.formatBits(level: .high, mask: 0) == 0b001_0110_1000_1001)
        #expect(QRMatrix.formatBits(level: .medium, mask: 7) == 0b100_1010_1010_0000)
        // Any two of the 32 differ in at least 7 bits, so up to 3 errors are corrected.
        let all = QRErrorCorrection.allCases.flatMap { level in
            (0...7).map { QRMatrix.formatBits(level: level, mask: $0) }
        }
        for (i, a) in all.enumerated() {
            for b in all[(i + 1)...] { #expect((a ^ b).nonzeroBitCount >= 7) }
        }
    }

    @Test func versionInformation() {
        #expect(QRMatrix.versionBits(version: 7) == 0x07C94)
        #expect(QRMatrix.versionBits(version: 8) == 0x085BC)
        #expect(QRMatrix.versionBits(version: 9) == 0x09A99)
        #expect(QRMatrix.versionBits(version: 10) == 0x0A4D3)
    }

    /// The block table agrees with the count of data modules left after the function
    /// patterns, for every version and level.
    @Test func blockTableFillsEachSymbol() {
        for version in QRVersionTable.versions {
            let matrix = QRMatrix(version: version)
            let free = (0..<matrix.size).reduce(0) { sum, y in
                sum + (0..<matrix.size).filter { !matrix.isFunction(x: $0, y: y) }.count
            }
            for level in QRErrorCorrection.allCases {
                let blocks = QRVersionTable.blocks(version: version, level: level)
                #expect(blocks.totalCodewords == free / 8, "version \(version) \(level)")
                #expect(free % 8 == ((2...6).contains(version) ? 7 : 0), "remainder bits of version \(version)")
            }
        }
    }

    @Test func byteCapacitiesAtLevelM() {
        #expect(
            QRVersionTable.versions.map { QRVersionTable.byteCapacity(version: $0, level: .medium) }
                == [14, 26, 42, 62, 84, 106, 122, 152, 180, 213])
        #expect(QRVersionTable.byteCapacity(version: 1, level: .low) == 17)
        #expect(QRVersionTable.byteCapacity(version: 1, level: .high) == 7)
        #expect(QRVersionTable.byteCapacity(version: 10, level: .high) == 119)
    }

    @Test func theSmallestVersionThatFitsIsChosen() throws {
        for version in QRVersionTable.versions {
            let capacity = QRVersionTable.byteCapacity(version: version, level: .medium)
            let full = try QRCode(bytes: Array(repeating: 0x61, count: capacity))
            #expect(full.version == version)
            #expect(full.size == 17 + 4 * version)
            if version < 10 {
                let over = try QRCode(bytes: Array(repeating: 0x61, count: capacity + 1))
                #expect(over.version == version + 1)
            }
        }
        #expect(try QRCode(text: "https://rinnalla.example.fi/f/AbC123xyz").version == 3)
        #expect(try QRCode(bytes: [0x61], minimumVersion: 5).version == 5)
    }

    @Test func tooLongTextIsRefused() {
        #expect(throws: QRCode.EncodingError.tooLong(bytes: 214, maximum: 213)) {
            try QRCode(bytes: Array(repeating: 0x61, count: 214))
        }
        #expect(throws: QRCode.EncodingError.tooLong(bytes: 150, maximum: 119)) {
            try QRCode(bytes: Array(repeating: 0x61, count: 150), errorCorrection: .high)
        }
    }

    @Test func dataCodewordsOfAShortText() {
        // Mode 0100, count 00000010, "a" 01100001, "b" 01100010, terminator 0000, then pads.
        let data = QRCodewords.data(Array("ab".utf8), version: 1, level: .medium)
        #expect(Array(data.prefix(4)) == [0b0100_0000, 0b0010_0110, 0b0001_0110, 0b0010_0000])
        #expect(Array(data.dropFirst(4)) == [0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11])
        // Version 10 counts bytes in 16 bits.
        let long = QRCodewords.data(Array("ab".utf8), version: 10, level: .medium)
        #expect(Array(long.prefix(3)) == [0b0100_0000, 0b0000_0000, 0b0010_0110])
    }

    @Test func interleavingTakesTheBlocksInTurn() {
        // 5-Q: two blocks of 15 and two of 16 data codewords, 18 EC codewords each.
        let data = (0..<62).map { UInt8($0) }
        let codewords = QRCodewords.interleaved(data: data, version: 5, level: .quartile)
        #expect(codewords.count == 134)
        #expect(Array(codewords.prefix(8)) == [0, 15, 30, 46, 1, 16, 31, 47])
        // After the 15th round only the longer blocks have data left.
        #expect(Array(codewords[56..<62]) == [14, 29, 44, 60, 45, 61])
        let firstBlockEC = ReedSolomon.errorCorrection(for: Array(data[0..<15]), count: 18)
        #expect(codewords[62] == firstBlockEC[0])
        #expect(codewords[66] == firstBlockEC[1])
    }

    @Test func functionPatternsAreInPlace() throws {
        for text in ["a", String(repeating: "x", count: 120), String(repeating: "y", count: 200)] {
            let code = try QRCode(text: text)
            let m = code.modules
            let n = code.size
            // Finders: dark ring, light ring, dark 3×3 core; light separators.
            for (ox, oy) in [(0, 0), (n - 7, 0), (0, n - 7)] {
                for dy in 0..<7 {
                    for dx in 0..<7 {
                        let ring = max(abs(dx - 3), abs(dy - 3))
                        #expect(m[oy + dy][ox + dx] == (ring != 2), "finder at \(ox),\(oy)")
                    }
                }
            }
            for i in 0..<8 {
                #expect(!m[7][i] && !m[i][7])  // top-left
                #expect(!m[7][n - 1 - i] && !m[i][n - 8])  // top-right
                #expect(!m[n - 8][i] && !m[n - 1 - i][7])  // bottom-left
            }
            for i in 8..<(n - 8) {
                #expect(m[6][i] == (i % 2 == 0) && m[i][6] == (i % 2 == 0), "timing")
            }
            #expect(m[n - 8][8], "the dark module")
        }
    }

    /// Both copies of the format information read back as the chosen level and mask.
    @Test func formatInformationIsWrittenTwice() throws {
        for level in QRErrorCorrection.allCases {
            let code = try QRCode(text: "https://rinnalla.example.fi/f/AbC123xyz", errorCorrection: level)
            let m = code.modules
            let n = code.size
            var first = 0
            var second = 0
            // Reading order from the most significant bit (14) down to bit 0.
            let firstCoordinates: [(Int, Int)] =
                (0...5).map { ($0, 8) } + [(7, 8), (8, 8), (8, 7)] + (0...5).reversed().map { (8, $0) }
            for (x, y) in firstCoordinates { first = first << 1 | (m[y][x] ? 1 : 0) }
            let secondCoordinates: [(Int, Int)] = (0..<7).map { (8, n - 1 - $0) } + (0..<8).map { (n - 8 + $0, 8) }
            for (x, y) in secondCoordinates { second = second << 1 | (m[y][x] ? 1 : 0) }
            let expected = QRMatrix.formatBits(level: level, mask: code.mask)
            #expect(first == expected)
            #expect(second == expected)
        }
    }

    @Test func versionInformationIsWrittenTwice() throws {
        let code = try QRCode(bytes: Array(repeating: 0x62, count: 130))
        #expect(code.version == 8)
        let n = code.size
        var bottomLeft = 0
        var topRight = 0
        for i in (0..<18).reversed() {
            bottomLeft = bottomLeft << 1 | (code.modules[n - 11 + i % 3][i / 3] ? 1 : 0)
            topRight = topRight << 1 | (code.modules[i / 3][n - 11 + i % 3] ? 1 : 0)
        }
        #expect(bottomLeft == 0x085BC)
        #expect(topRight == 0x085BC)
    }

    @Test func thePenaltyRulesChooseTheMask() throws {
        let text = "https://rinnalla.example.fi/f/AbC123xyz"
        let chosen = try QRCode(text: text)
        let penalties = (0...7).map { mask in
            QRPenalty.score(matrix(Array(text.utf8), version: chosen.version, mask: mask))
        }
        #expect(penalties[chosen.mask] == penalties.min())
        #expect(penalties.firstIndex(of: penalties.min()!) == chosen.mask)
    }

    @Test func penaltyRules() {
        // Rule 1: a run of 5 costs 3, each further module 1.
        #expect(QRPenalty.runs([true, true, true, true, true, false]) == 3)
        #expect(QRPenalty.runs([false, false, false, false, false, false, false, true]) == 5)
        #expect(QRPenalty.runs([true, false, true, false]) == 0)
        // Rule 3: 1:1:3:1:1 with four light modules on one side.
        let core = [true, false, true, true, true, false, true]
        let light = [false, false, false, false]
        #expect(QRPenalty.finderLike(light + core + [true]) == 40)
        #expect(QRPenalty.finderLike([true] + core + light + [true]) == 40)
        // At the edge the quiet zone is the light side, so this counts on both sides.
        #expect(QRPenalty.finderLike(light + core) == 80)
        #expect(QRPenalty.finderLike([true, true, false, true, true, true, false, true, true, true, true, true]) == 0)
        // Rule 2 and 4 on a 2×2: one block; all dark is 50 % off.
        #expect(QRPenalty.blocks([[true, true], [true, true]]) == 3)
        #expect(QRPenalty.balance([[true, true], [true, true]]) == 100)
        #expect(QRPenalty.balance([[true, false], [true, false]]) == 0)
    }

    @Test func outputIsDeterministic() throws {
        let text = "https://rinnalla.example.fi/f/AbC123xyz"
        #expect(try QRCode(text: text) == QRCode(text: text))
        #expect(try QRCode(text: text).svg(title: "t") == QRCode(text: text).svg(title: "t"))
        #expect(try QRCode(text: text) != QRCode(text: text + "1"))
    }

    @Test func svgHasOnePathAQuietZoneAndATitle() throws {
        let code = try QRCode(text: "https://rinnalla.example.fi/f/AbC123xyz")
        let svg = code.svg(title: "Kysely <ryhmä> & \"palaute\"", id: "poster-qr")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"poster-qr\" viewBox=\"0 0 37 37\""))
        #expect(svg.contains("shape-rendering=\"crispEdges\""))
        #expect(svg.contains("role=\"img\" aria-labelledby=\"poster-qr-title\""))
        #expect(svg.contains("<title id=\"poster-qr-title\">Kysely &lt;ryhmä&gt; &amp; &quot;palaute&quot;</title>"))
        #expect(svg.components(separatedBy: "<path").count == 2)
        #expect(!svg.contains("width=\"37mm\""))
        #expect(code.svg(title: "x", size: "40mm").contains("width=\"40mm\" height=\"40mm\""))
        // The top-left finder's first row is one run of 7 starting inside the quiet zone.
        #expect(svg.contains("d=\"M4 4h7v1h-7z"))
        // Every dark module is drawn exactly once: the runs' lengths add up.
        let lengths = svg.components(separatedBy: "h").dropFirst().compactMap { part in
            Int(part.prefix { $0.isNumber })
        }
        let darkCount = code.modules.reduce(0) { $0 + $1.filter { $0 }.count }
        #expect(lengths.reduce(0, +) == darkCount)
    }
}

/// The symbol for `bytes` at level M with a given mask, built as `QRCode` builds it.
private func matrix(_ bytes: [UInt8], version: Int, mask: Int) -> QRMatrix {
    var matrix = QRMatrix(version: version)
    let data = QRCodewords.data(bytes, version: version, level: .medium)
    matrix.placeData(QRCodewords.interleaved(data: data, version: version, level: .medium))
    matrix.applyMask(mask)
    matrix.drawFormat(level: .medium, mask: mask)
    return matrix
}
