using System.Text.Json.Nodes;

namespace ChatAssistant.Deployment.Tests.Azure.Evaluation;

/// <summary>The test evaluator computes what Resource Manager would, for the functions the template uses.</summary>
public sealed class ArmEvaluatorTests
{
    private static JsonNode? Evaluate(string expression, string parameters = "{}", string variables = "{}")
    {
        var template = (JsonObject)JsonNode.Parse($$"""{ "parameters": {{parameters}}, "variables": {{variables}} }""")!;
        return new ArmEvaluator(template, new Dictionary<string, JsonNode?>()).Evaluate(JsonValue.Create(expression));
    }

    [Theory]
    [InlineData("[format('{0}-{1}', 'a', 'it''s')]", "a-it's")]
    [InlineData("[toLower(take(replace('Ab-Cd-Ef', '-', ''), 4))]", "abcd")]
    [InlineData("[if(equals('X', 'x'), 'same', 'different')]", "same")]
    [InlineData("[string(add(200, 1))]", "201")]
    [InlineData("[createObject('a', createArray('x', 'y')).a[1]]", "y")]
    [InlineData("[[not an expression]", "[not an expression]")]
    public void PlainFunctions(string expression, string expected)
    {
        Assert.Equal(expected, (string?)Evaluate(expression));
    }

    [Fact]
    public void ParametersTakeTheirDefaultsAndVariablesSeeThem()
    {
        var result = Evaluate("[variables('names')]", """{ "ids": { "type": "array", "defaultValue": [ "a", "b" ] } }""",
            """{ "names": "[toObject(range(0, length(parameters('ids'))), lambda('i', format('Id__{0}', lambdaVariables('i'))), lambda('i', parameters('ids')[lambdaVariables('i')]))]" }""");

        Assert.Equal("""{"Id__0":"a","Id__1":"b"}""", result!.ToJsonString());
    }

    [Fact]
    public void MapAndUnionBuildWhatTheTemplateBuilds()
    {
        var result = Evaluate("[union(createObject('a', '1', 'b', '2'), createObject('b', '3'), toObject(map(range(0, 2), lambda('i', add(lambdaVariables('i'), 10))), lambda('n', string(lambdaVariables('n'))), lambda('n', empty(''))))]");

        Assert.Equal("""{"a":"1","b":"3","10":true,"11":true}""", result!.ToJsonString());
    }

    [Fact]
    public void AFunctionItDoesNotKnowIsAnErrorNotAGuess()
    {
        Assert.Throws<NotSupportedException>(() => Evaluate("[listKeys('x', '2023-01-01')]"));
        Assert.Throws<FormatException>(() => Evaluate("[format('a']"));
    }
}
