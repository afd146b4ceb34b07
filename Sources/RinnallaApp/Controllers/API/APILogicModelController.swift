import Foundation
import RinnallaCore
import Vapor

extension OperatingModel: APIStringEnum {}
extension LogicModelColumn: APIStringEnum {}

/// `/api/v1/logic-models`: the three logic models as the seed gives them.
enum APILogicModelController {
    struct ItemDTO: Content {
        let id: String
        /// In the user's language.
        let text: String
        /// The seed's Finnish wording.
        let fi: String
        /// True when `text` is the team's translation, not the source's wording.
        let translated: Bool
    }

    struct CoreElementDTO: Content {
        let id: String
        let number: Int
        let title: ItemDTO
        let content: [ItemDTO]
    }

    struct ColumnDTO: Content {
        let column: LogicModelColumn
        let title: String
        let items: [ItemDTO]
    }

    struct ModelDTO: Content {
        let model: OperatingModel
        let title: String
        let columns: [ColumnDTO]
        let coreElements: [CoreElementDTO]
        let adaptationExamples: [ItemDTO]
    }

    static func item(_ id: String, _ key: L10nKey, _ language: Language) -> ItemDTO {
        ItemDTO(
            id: id, text: Localizer.shared.text(key, language), fi: Localizer.shared.text(key, .fi),
            translated: language != .fi)
    }

    static func model(_ model: LogicModel, _ language: Language) -> ModelDTO {
        ModelDTO(
            model: model.model, title: Localizer.shared.text(model.model.title, language),
            columns: LogicModelColumn.allCases.map { column in
                ColumnDTO(
                    column: column, title: Localizer.shared.text(column.title, language),
                    items: model.items(column).map { item($0.id, $0.text, language) })
            },
            coreElements: model.coreElements.map { element in
                CoreElementDTO(
                    id: element.id, number: element.number, title: item(element.id, element.title, language),
                    content: element.content.map { item($0.id, $0.text, language) })
            },
            adaptationExamples: model.adaptationExamples.map { item($0.id, $0.text, language) })
    }

    static func list(req: Request) async throws -> [ModelDTO] {
        LogicModels.all.map { model($0, req.language) }
    }
}
