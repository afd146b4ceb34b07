/// The four penalty rules a mask is chosen by (ISO/IEC 18004, mask evaluation): the mask
/// with the lowest total wins, ties going to the lower mask number.
enum QRPenalty {
    static func score(_ matrix: QRMatrix) -> Int {
        let size = matrix.size
        let rows = (0..<size).map { y in (0..<size).map { x in matrix[x, y] } }
        let columns = (0..<size).map { x in (0..<size).map { y in matrix[x, y] } }
        let lines = rows + columns
        return lines.reduce(0) { $0 + runs($1) + finderLike($1) } + blocks(rows) + balance(rows)
    }

    /// Rule 1: five or more same-coloured modules in a row or column cost 3, and 1 more for
    /// each module beyond five.
    static func runs(_ line: [Bool]) -> Int {
        var penalty = 0
        var length = 0
        for (i, module) in line.enumerated() {
            length = i > 0 && module == line[i - 1] ? length + 1 : 1
            if length == 5 { penalty += 3 } else if length > 5 { penalty += 1 }
        }
        return penalty
    }

    /// Rule 2: every 2×2 block of one colour costs 3 (blocks may overlap).
    static func blocks(_ rows: [[Bool]]) -> Int {
        var penalty = 0
        for y in 0..<rows.count - 1 {
            for x in 0..<rows.count - 1 {
                let module = rows[y][x]
                if rows[y][x + 1] == module && rows[y + 1][x] == module && rows[y + 1][x + 1] == module {
                    penalty += 3
                }
            }
        }
        return penalty
    }

    /// Rule 3: the finder-like pattern dark-light-dark-dark-dark-light-dark with four light
    /// modules on either side costs 40 each time. The quiet zone counts as light, as it is
    /// on paper.
    static func finderLike(_ line: [Bool]) -> Int {
        let light = [Bool](repeating: false, count: 4)
        let padded = light + line + light
        let core: [Bool] = [true, false, true, true, true, false, true]
        let before = light + core
        let after = core + light
        var penalty = 0
        for start in 0...(padded.count - 11) {
            let window = Array(padded[start..<start + 11])
            if window == before { penalty += 40 }
            if window == after { penalty += 40 }
        }
        return penalty
    }

    /// Rule 4: 10 for every full 5 % by which the share of dark modules differs from half.
    static func balance(_ rows: [[Bool]]) -> Int {
        let total = rows.count * rows.count
        let darkCount = rows.reduce(0) { $0 + $1.filter { $0 }.count }
        return abs(darkCount * 20 - total * 10) / total * 10
    }
}
