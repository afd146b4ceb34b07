/// Arithmetic in GF(2⁸) with the QR code's primitive polynomial x⁸ + x⁴ + x³ + x² + 1
/// (0x11D), and Reed–Solomon error correction codewords over it.
enum GaloisField256 {
    /// `exp[i]` = αⁱ; doubled in length so a product's exponent needs no modulo.
    static let exp: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 512)
        var value = 1
        for i in 0..<255 {
            table[i] = UInt8(value)
            value <<= 1
            if value & 0x100 != 0 { value ^= 0x11D }
        }
        for i in 255..<512 { table[i] = table[i - 255] }
        return table
    }()

    /// `log[αⁱ]` = i; `log[0]` is unused.
    static let log: [Int] = {
        var table = [Int](repeating: 0, count: 256)
        for i in 0..<255 { table[Int(exp[i])] = i }
        return table
    }()

    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        if a == 0 || b == 0 { return 0 }
        return exp[log[Int(a)] + log[Int(b)]]
    }
}

enum ReedSolomon {
    /// The generator polynomial (x − α⁰)(x − α¹)…(x − αⁿ⁻¹), coefficients from the highest
    /// power down; the leading 1 is included, so it has `degree + 1` terms.
    static func generator(degree: Int) -> [UInt8] {
        var polynomial: [UInt8] = [1]
        for i in 0..<degree {
            let root = GaloisField256.exp[i]
            var next = polynomial + [0]
            for j in 0..<polynomial.count {
                next[j + 1] ^= GaloisField256.multiply(polynomial[j], root)
            }
            polynomial = next
        }
        return polynomial
    }

    /// The remainder of data(x)·xⁿ divided by the generator: the block's `count` error
    /// correction codewords.
    static func errorCorrection(for data: [UInt8], count: Int) -> [UInt8] {
        let generator = generator(degree: count)
        var remainder = [UInt8](repeating: 0, count: count)
        for byte in data {
            let factor = byte ^ remainder[0]
            remainder.removeFirst()
            remainder.append(0)
            for i in 0..<count {
                remainder[i] ^= GaloisField256.multiply(generator[i + 1], factor)
            }
        }
        return remainder
    }
}
