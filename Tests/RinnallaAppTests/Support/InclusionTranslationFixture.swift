/// TEST DATA — NOT THL'S WORDING. A made-up "translation" of the inclusion indicator in
/// the `rinnalla-esis-translation/1` format, used only to test installing a language
/// version. Every text says it is test data, so it can never pass for the official
/// Swedish version (which only THL provides).
enum InclusionTranslationFixture {
    static let swedishTestData = """
        {
          "format": "rinnalla-esis-translation/1",
          "language": "sv",
          "source": "TESTDATA – inte THL:s officiella översättning",
          "attribution": "TESTDATA",
          "question": "TESTDATA huvudfråga",
          "guidingSentence": "TESTDATA vägledande mening.",
          "statements": [
            "TESTDATA påstående 1", "TESTDATA påstående 2", "TESTDATA påstående 3", "TESTDATA påstående 4",
            "TESTDATA påstående 5", "TESTDATA påstående 6", "TESTDATA påstående 7", "TESTDATA påstående 8",
            "TESTDATA påstående 9", "TESTDATA påstående 10"
          ],
          "options": ["TESTDATA 1", "TESTDATA 2", "TESTDATA 3", "TESTDATA 4", "TESTDATA 5"]
        }
        """

    /// The same with a statement left out: must be refused.
    static let nineStatements = swedishTestData.replacingOccurrences(of: "\"TESTDATA påstående 10\"", with: "")
        .replacingOccurrences(of: "\"TESTDATA påstående 9\", ", with: "\"TESTDATA påstående 9\"")
}
