using ChatAssistant.Bot.Escalation;

namespace ChatAssistant.Bot.Tests.Escalation;

/// <summary>The content editors' export: questions and answers, no personal data, safe to open in a spreadsheet.</summary>
public class TicketExportTests
{
    private static Ticket Answered(string question, string answer)
    {
        var ticket = TicketStoreContract.Draft(question: question) with { Id = "VARAM-2026-0007" };
        return TicketWorkflow.Apply(ticket, TicketCommand.Answer, new Person("c-1", "Anna Konsultante"), answer, ticket.CreatedAt.AddHours(3)).Ticket;
    }

    [Fact]
    public void CsvQuotesCommasQuotesAndLineBreaks()
    {
        var csv = TicketExport.ToCsv([Answered("Vai \"likums\", kas mainās,\nattiecas uz mums?", "Jā")]);

        var lines = csv.TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("ticket,status,origin,language,subject,question,answer,created_at,answered_at", lines[0]);
        Assert.Contains("\"Vai \"\"likums\"\", kas mainās,\nattiecas uz mums?\"", csv);
        Assert.StartsWith("VARAM-2026-0007,answered,unknown,lv,", lines[1]);
    }

    [Fact]
    public void CellsThatASpreadsheetWouldRunAsFormulasAreDefused()
    {
        var csv = TicketExport.ToCsv([Answered("=HYPERLINK(\"http://x\")", "+1 zvaniet")]);

        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", csv);
        Assert.Contains(",'+1 zvaniet,", csv);
    }

    [Fact]
    public void TheExportHoldsNoNamesContactsOrInstitutions()
    {
        var ticket = Answered("Kas jādara?", "Skatiet 5. pantu.");
        foreach (var export in new[] { TicketExport.ToCsv([ticket]), TicketExport.ToJson([ticket]) })
        {
            Assert.Contains("Skatiet 5. pantu.", export);
            foreach (var personal in new[] { ticket.Request.Contact, ticket.Request.RequesterName, ticket.Request.Institution, "Anna Konsultante" })
                Assert.DoesNotContain(personal, export);
        }
    }
}
