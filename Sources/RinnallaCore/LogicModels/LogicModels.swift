/// The logic models of the three operating models, in seed 002's words.
///
/// The seed's PDF extraction lists each table column by column, with no mark where a
/// column ends; the split follows the entries themselves, alike in all three tables
/// (the resources are always staff, know-how, a space or means of moving, and IT tools;
/// the core elements column names the numbered core elements; the outcomes are the
/// changes for the client or the service system, "… on saavutettu", "… vähenee").
public enum LogicModels {
    public static let all: [LogicModel] = OperatingModel.allCases.map(model)

    public static func model(_ model: OperatingModel) -> LogicModel {
        switch model {
        case .socialRehabilitation: socialRehabilitation
        case .lowThreshold: lowThreshold
        case .outreach: outreach
        }
    }
}
