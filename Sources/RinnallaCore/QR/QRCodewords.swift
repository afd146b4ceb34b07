/// The codeword sequence of a symbol: the byte-mode bit stream cut into blocks, each block's
/// Reed–Solomon codewords, and the standard's interleaving of both.
enum QRCodewords {
    /// Data codewords for one byte-mode segment: mode 0100, the byte count, the bytes, a
    /// terminator of up to four zero bits, zero bits to a byte boundary, then the pad
    /// codewords 0xEC and 0x11 in turn.
    static func data(_ bytes: [UInt8], version: Int, level: QRErrorCorrection) -> [UInt8] {
        let capacity = QRVersionTable.blocks(version: version, level: level).dataCodewords
        var bits = BitBuffer()
        bits.append(0b0100, count: 4)
        bits.append(bytes.count, count: QRVersionTable.byteCountBits(version: version))
        for byte in bytes { bits.append(Int(byte), count: 8) }
        precondition(bits.count <= capacity * 8, "data does not fit the version")
        bits.append(0, count: min(4, capacity * 8 - bits.count))
        bits.append(0, count: (8 - bits.count % 8) % 8)
        var codewords = bits.bytes
        var pad: UInt8 = 0xEC
        while codewords.count < capacity {
            codewords.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return codewords
    }

    /// Splits the data into blocks, adds each block's error correction and interleaves:
    /// the first codeword of every block, then the second, …; blocks of the shorter group
    /// simply have no last data codeword. Error correction codewords follow likewise.
    static func interleaved(data: [UInt8], version: Int, level: QRErrorCorrection) -> [UInt8] {
        let structure = QRVersionTable.blocks(version: version, level: level)
        precondition(data.count == structure.dataCodewords)
        var dataBlocks: [[UInt8]] = []
        var start = 0
        for length in structure.dataLengths {
            dataBlocks.append(Array(data[start..<start + length]))
            start += length
        }
        let ecBlocks = dataBlocks.map {
            ReedSolomon.errorCorrection(for: $0, count: structure.errorCorrectionPerBlock)
        }
        var result: [UInt8] = []
        result.reserveCapacity(structure.totalCodewords)
        for i in 0..<(structure.dataLengths.max() ?? 0) {
            for block in dataBlocks where i < block.count { result.append(block[i]) }
        }
        for i in 0..<structure.errorCorrectionPerBlock {
            for block in ecBlocks { result.append(block[i]) }
        }
        return result
    }
}

/// Bits appended most significant first.
struct BitBuffer {
    private(set) var bits: [Bool] = []

    var count: Int { bits.count }

    mutating func append(_ value: Int, count: Int) {
        precondition(count >= 0 && (count == 0 || value >> count == 0), "value does not fit \(count) bits")
        for shift in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> shift) & 1 == 1) }
    }

    /// The bits as bytes; the count must be a multiple of eight.
    var bytes: [UInt8] {
        precondition(bits.count % 8 == 0)
        return stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { $0 << 1 | ($1 ? 1 : 0) }
        }
    }
}
