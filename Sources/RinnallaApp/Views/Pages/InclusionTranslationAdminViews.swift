import Foundation
import Plot
import RinnallaCore

/// `/admin/inclusion-translations`: official language versions of the inclusion
/// indicator, installed from THL's wording as data files.
enum InclusionTranslationAdminViews {
    static func page(
        _ context: PageContext, translations: [InclusionTranslationRow], pasted: String, error: FieldError?
    ) -> HTML {
        let title = context.t(.surveyTranslationsTitle)
        return Layout.page(
            title: title, context,
            content: .group(
                .h1(.text(title)),
                .p(.text(context.t(.surveyTranslationsIntro))),
                .p(
                    .class("guide"), .attribute(named: "lang", value: "fi"),
                    .element(named: "q", text: InclusionIndicator.Guidance.translations)),
                .if(
                    translations.isEmpty,
                    .p(.id("no-translations"), .text(context.t(.surveyTranslationsNone))),
                    else: .table(
                        .class("data-table"), .id("translations"),
                        .thead(
                            .tr(
                                .columnHeader(context.t(.surveyTranslationLanguage)),
                                .columnHeader(context.t(.surveyTranslationSource)),
                                .columnHeader(context.t(.surveyTranslationInstalled)),
                                .columnHeader(context.t(.surveyTranslationActions)))),
                        .tbody(
                            .forEach(translations) { row in
                                .tr(
                                    .td(.text("\(InclusionFormViews.languageName(row.language)) (\(row.language))")),
                                    .td(.text(row.translation?.source ?? "")),
                                    .td(.text(context.dateTime(row.installedAt))),
                                    .td(
                                        Components.postForm(
                                            action: SiteRoute.admin(.removeInclusionTranslation(row.language)).href,
                                            context,
                                            Components.submit(
                                                context.t(.surveyTranslationRemove), class: "button secondary"))))
                            }))),
                .div(
                    .class("card"),
                    .h2(.text(context.t(.surveyTranslationInstall))),
                    .p(
                        .text(
                            context.t(.surveyTranslationFormat, ["format": InclusionIndicatorTranslation.formatName])
                        )),
                    Components.errorSummary(error, context),
                    .form(
                        .method(.post), .action(SiteRoute.admin(.inclusionTranslations).href), .id("translation-form"),
                        .attribute(named: "enctype", value: "multipart/form-data"),
                        Components.csrfField(context),
                        .div(
                            .class("field"),
                            .label(
                                .attribute(named: "for", value: "field-file"),
                                .text(context.t(.surveyTranslationFile))),
                            .input(
                                .type(.file), .name(InclusionTranslationAdminController.Upload.name(.file)),
                                .id("field-file"),
                                .attribute(named: "accept", value: ".json,application/json"))),
                        Components.textarea(
                            InclusionTranslationAdminController.Upload.name(.translation),
                            label: context.t(.fieldTranslation), value: pasted, rows: 10, error: error,
                            context),
                        Components.submit(context.t(.surveyTranslationInstallSubmit), id: "translation-submit")))
            ))
    }
}
