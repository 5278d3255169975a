using System.Security.Cryptography;
using System.Text;
using ChatAssistant.Bot.State;

namespace ChatAssistant.Bot.Feedback;

/// <summary>
/// Who voted, as the embedded store keeps it: a SHA-256 of the person's and the conversation's IDs, never the IDs
/// (the Table store keys votes by a hash too). The same person still has one vote per question and answer. Rows
/// written before this are hashed when the store opens.
/// </summary>
internal static class FeedbackIdentity
{
    private const string Prefix = "sha256:";

    public static string Hash(string id) =>
        id.StartsWith(Prefix, StringComparison.Ordinal) ? id : Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("chatassistant-feedback\n" + id)));

    /// <summary>Replaces IDs stored in clear by older versions with their hashes.</summary>
    public static void HashStoredIdentities(SqliteDatabase database)
    {
        using var connection = database.Open();
        var clear = new List<(long Id, string User, string Conversation)>();
        using (var select = connection.CreateCommand())
        {
            select.CommandText = $"SELECT id, user_id, conversation_id FROM feedback WHERE user_id NOT LIKE '{Prefix}%' OR conversation_id NOT LIKE '{Prefix}%'";
            using var reader = select.ExecuteReader();
            while (reader.Read()) clear.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }
        if (clear.Count == 0) return;
        using var transaction = connection.BeginTransaction();
        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE feedback SET user_id = $user, conversation_id = $conversation WHERE id = $id";
        var id = update.Parameters.Add("$id", Microsoft.Data.Sqlite.SqliteType.Integer);
        var user = update.Parameters.Add("$user", Microsoft.Data.Sqlite.SqliteType.Text);
        var conversation = update.Parameters.Add("$conversation", Microsoft.Data.Sqlite.SqliteType.Text);
        foreach (var row in clear)
        {
            (id.Value, user.Value, conversation.Value) = (row.Id, Hash(row.User), Hash(row.Conversation));
            update.ExecuteNonQuery();
        }
        transaction.Commit();
    }
}
