import Foundation

/// A seeded generator (SplitMix64) so every `demo --scale` run makes the same data and
/// benchmark runs are comparable.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }

    /// A random (version 4) UUID from the seeded stream.
    mutating func uuid() -> UUID {
        var bytes = [UInt8](repeating: 0, count: 16)
        for half in 0..<2 {
            let value = next()
            for i in 0..<8 { bytes[half * 8 + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(i))) }
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9],
                bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }
}

/// Generated names: common Finnish first and family names, combined at random. No
/// identity codes are generated, only birth dates.
enum DemoScaleNames {
    static let first = [
        "Aino", "Eino", "Helmi", "Väinö", "Aada", "Leo", "Sofia", "Oliver", "Emma", "Elias", "Ella", "Onni", "Olivia",
        "Eetu", "Venla", "Juho", "Lilja", "Mikko", "Pihla", "Jari", "Tuula", "Kari", "Sari", "Timo", "Minna", "Pekka",
        "Anne", "Matti", "Päivi", "Antti", "Heidi", "Ville", "Riikka", "Janne", "Noora", "Toni", "Essi", "Sami",
        "Jenni", "Marko",
    ]
    static let family = [
        "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
        "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen",
        "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila",
        "Savolainen", "Lahtinen", "Ahonen",
    ]
    static let records = [
        "Tapaaminen toteutui suunnitellusti.", "Käytiin läpi viikon kulku ja sovittiin seuraavat askeleet.",
        "Harjoiteltiin asiointia yhdessä.", "Asiakas kertoi edistyneensä tavoitteissaan.",
        "Ryhmässä asiakas osallistui aktiivisesti.",
    ]
}
