import Testing

@testable import RinnallaCore

@Suite("Personal identity code (henkilötunnus)")
struct PersonalIdentityCodeTests {
    @Test(arguments: [
        "131052-308T", "010101A123N", "290200A1239", "311299-999E", "150315B456N", "131052Y308T", "131052-308t ",
    ])
    func validCodes(code: String) throws {
        _ = try PersonalIdentityCode(code)
    }

    @Test func theBirthDateComesFromTheCenturySign() throws {
        #expect(try PersonalIdentityCode("010101A123N").birthDate.year == 2001)
        #expect(try PersonalIdentityCode("131052-308T").birthDate.year == 1952)
        #expect(try PersonalIdentityCode("131052-308T").masked == "131052-****")
    }

    @Test(arguments: [
        ("131052-308A", PersonalIdentityCode.Problem.checkCharacter(expected: "T")),
        ("131052Z308T", .centurySign),
        ("310252-308T", .date),
        ("290201A1239", .date),
        ("131052-001T", .individualNumber),
        ("131052308T", .format),
        ("13105x-308T", .format),
    ])
    func invalidCodesSayWhy(code: String, problem: PersonalIdentityCode.Problem) {
        #expect(throws: problem) { try PersonalIdentityCode(code) }
    }
}
