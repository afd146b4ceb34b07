import Testing

@testable import RinnallaCore

@Suite("Hex and padded numbers")
struct HexTests {
    @Test func bytesAreWrittenAsLowerCaseHexTwoDigitsEach() {
        #expect(Hex.lowercase([0x00, 0x0f, 0xa0, 0xff, 0x42]) == "000fa0ff42")
        #expect(Hex.lowercase([UInt8]()) == "")
    }

    @Test func numbersArePaddedToTheirWidth() {
        #expect(Hex.padded(7, 2) == "07")
        #expect(Hex.padded(2024, 4) == "2024")
        #expect(Hex.padded(12345, 4) == "12345")
        #expect(Day(2024, 1, 4).iso == "2024-01-04")
        #expect(Day(987, 12, 31).iso == "0987-12-31")
    }
}
