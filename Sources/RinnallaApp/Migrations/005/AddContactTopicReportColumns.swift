import Fluent
import SQLKit

/// Counting contacts by topic over a million contacts through a join took seconds on
/// SQLite (one index look-up per contact). So each topic row carries a copy of its
/// contact's unit, day and area, and each topic's count is one range of the index
/// `(unit_id, topic, area_id, day)`.
///
/// The copy is kept by the database itself, with triggers: a topic row gets its contact's
/// values when inserted, and a change of a contact's unit, day or area is copied to its
/// topic rows. Code that writes contacts needs to do nothing (and a bulk insert may set
/// the columns itself, which the triggers then leave alone).
struct AddContactTopicReportColumns: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite adds columns one at a time.
        try await database.schema("contact_topics").field("unit_id", .uuid).update()
        try await database.schema("contact_topics").field("day", .string).update()
        try await database.schema("contact_topics").field("area_id", .uuid).update()
        let sql = database as! any SQLDatabase
        // Rows written before this migration.
        try await sql.raw(
            """
            UPDATE contact_topics SET
              unit_id = (SELECT c.unit_id FROM contacts c WHERE c.id = contact_topics.contact_id),
              day = (SELECT c.day FROM contacts c WHERE c.id = contact_topics.contact_id),
              area_id = (SELECT c.area_id FROM contacts c WHERE c.id = contact_topics.contact_id)
            """
        ).run()
        try await sql.create(index: "contact_topics_report_idx").on("contact_topics")
            .column("unit_id").column("topic").column("area_id").column("day").run()
        if sql.dialect.name == "postgresql" {
            try await sql.raw(
                """
                CREATE FUNCTION contact_topics_report_fill() RETURNS trigger AS $$
                BEGIN
                  IF NEW.unit_id IS NULL THEN
                    SELECT c.unit_id, c.day, c.area_id INTO NEW.unit_id, NEW.day, NEW.area_id
                      FROM contacts c WHERE c.id = NEW.contact_id;
                  END IF;
                  RETURN NEW;
                END $$ LANGUAGE plpgsql
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER contact_topics_report_fill BEFORE INSERT ON contact_topics
                  FOR EACH ROW EXECUTE FUNCTION contact_topics_report_fill()
                """
            ).run()
            try await sql.raw(
                """
                CREATE FUNCTION contacts_report_sync() RETURNS trigger AS $$
                BEGIN
                  UPDATE contact_topics SET unit_id = NEW.unit_id, day = NEW.day, area_id = NEW.area_id
                    WHERE contact_id = NEW.id;
                  RETURN NEW;
                END $$ LANGUAGE plpgsql
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER contacts_report_sync AFTER UPDATE OF unit_id, day, area_id ON contacts
                  FOR EACH ROW EXECUTE FUNCTION contacts_report_sync()
                """
            ).run()
        } else {
            try await sql.raw(
                """
                CREATE TRIGGER contact_topics_report_fill AFTER INSERT ON contact_topics
                  WHEN NEW.unit_id IS NULL
                BEGIN
                  UPDATE contact_topics SET
                    unit_id = (SELECT c.unit_id FROM contacts c WHERE c.id = NEW.contact_id),
                    day = (SELECT c.day FROM contacts c WHERE c.id = NEW.contact_id),
                    area_id = (SELECT c.area_id FROM contacts c WHERE c.id = NEW.contact_id)
                  WHERE id = NEW.id;
                END
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER contacts_report_sync AFTER UPDATE OF unit_id, day, area_id ON contacts
                BEGIN
                  UPDATE contact_topics SET unit_id = NEW.unit_id, day = NEW.day, area_id = NEW.area_id
                    WHERE contact_id = NEW.id;
                END
                """
            ).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "postgresql" {
            try await sql.raw("DROP TRIGGER IF EXISTS contacts_report_sync ON contacts").run()
            try await sql.raw("DROP TRIGGER IF EXISTS contact_topics_report_fill ON contact_topics").run()
            try await sql.raw("DROP FUNCTION IF EXISTS contacts_report_sync()").run()
            try await sql.raw("DROP FUNCTION IF EXISTS contact_topics_report_fill()").run()
        } else {
            try await sql.raw("DROP TRIGGER IF EXISTS contacts_report_sync").run()
            try await sql.raw("DROP TRIGGER IF EXISTS contact_topics_report_fill").run()
        }
        try await sql.drop(index: "contact_topics_report_idx").run()
        try await database.schema("contact_topics").deleteField("area_id").update()
        try await database.schema("contact_topics").deleteField("day").update()
        try await database.schema("contact_topics").deleteField("unit_id").update()
    }
}
