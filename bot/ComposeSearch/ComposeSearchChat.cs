using ChatAssistant.Bot.Turn;
using ChatAssistant.Cards;
using ChatAssistant.Cards.ComposeSearch;
using ChatAssistant.Cards.Strings;
using ChatAssistant.Knowledge.Answers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace ChatAssistant.Bot.ComposeSearch;

/// <summary>
/// The search-based messaging extension: a query typed in the compose box (composeExtension/query) gets a list of
/// answers, each a plain-text preview and the shareable answer card that Teams inserts when one is picked. Any command
/// id is accepted and the query is the first parameter with a value, because the manifest names one command but the
/// Agents Playground lets its user choose both. A failure still answers with a message, never an error status.
/// </summary>
public sealed class ComposeSearchChat(AnswerSearch search, ILogger<ComposeSearchChat> logger)
{
    /// <summary>Teams sends this parameter, with "true", when the extension opens with <c>initialRun</c>.</summary>
    public const string InitialRunParameter = "initialRun";

    /// <summary>A query longer than this is cut before it is searched: no question needs more, and a pasted page costs the engine time.</summary>
    public const int MaxQueryChars = 500;

    /// <summary>What a preview shows of the answer: Teams shows two or three lines of it.</summary>
    public const int PreviewChars = 200;

    public async Task<MessagingExtensionResponse> QueryAsync(ITurnContext turn, MessagingExtensionQuery? query, CancellationToken cancellationToken)
    {
        var text = QueryText(query);
        var language = TurnLanguage.Of(turn.Activity.Locale, text);
        try
        {
            var results = await search.SearchAsync(text, language, turn.Activity.Locale, cancellationToken);
            logger.LogInformation("Compose search {Outcome} with {Count} results in {Language}",
                text.Length == 0 ? "most-asked" : results.Answered ? "answered" : "not-answered", results.Answers.Count, results.Language);
            var attachments = results.Answered
                ? results.Answers.Select(Result).ToList()
                : [NotAnswered(results)];
            return new MessagingExtensionResponse
            {
                ComposeExtension = new MessagingExtensionResult { Type = "result", AttachmentLayout = AttachmentLayoutTypes.List, Attachments = attachments },
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Compose search failed");
            return Replies.ComposeExtensionMessage(TurnText.Apology.In(language));
        }
    }

    /// <summary>
    /// Whether a person's message carries an Adaptive Card: only one inserted from the compose box does (a person cannot
    /// write one), and it is meant for the people in the chat, not a question to the bot. In a personal chat with the bot
    /// it arrives as a message like any other, its text a placeholder for the card.
    /// </summary>
    public static bool IsInsertedCard(IMessageActivity message) =>
        message.Value is null && message.Attachments?.Any(a => a?.ContentType == Replies.AdaptiveCardContentType) == true;

    /// <summary>The query: the first parameter with a value (not the initial-run flag), cut to <see cref="MaxQueryChars"/>.</summary>
    public static string QueryText(MessagingExtensionQuery? query)
    {
        var value = query?.Parameters?
            .Where(p => p is not null && !string.Equals(p.Name, InitialRunParameter, StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Value switch
            {
                null => null,
                string s => s,
                JValue v => v.Value?.ToString(),
                _ => null, // an object or array is no query
            })
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        return CardBudget.Preview(UserText.Clean(value ?? "").Trim(), MaxQueryChars).TrimEnd('…');
    }

    private static MessagingExtensionAttachment Result(Answer answer) =>
        Attachment(SharedAnswerCardBuilder.Build(answer), AnswerCardBuilder.Heading(answer.Title), answer.Direct);

    private static MessagingExtensionAttachment NotAnswered(AnswerSearch.Results results) =>
        Attachment(SharedAnswerCardBuilder.NotAnswered(results.Query, results.Language),
            ComposeSearchText.NotAnsweredTitle.In(results.Language), ComposeSearchText.NotAnswered.In(results.Language));

    private static MessagingExtensionAttachment Attachment(System.Text.Json.Nodes.JsonObject card, string title, string text) => new()
    {
        ContentType = Replies.AdaptiveCardContentType,
        Content = JObject.Parse(Replies.WireJson(card)),
        Preview = new ThumbnailCard { Title = title, Text = CardBudget.Preview(text, PreviewChars) }.ToAttachment(),
    };
}
