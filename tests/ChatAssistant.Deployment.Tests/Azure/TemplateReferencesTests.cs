using System.Text.Json.Nodes;

namespace ChatAssistant.Deployment.Tests.Azure;

public sealed class TemplateReferencesTests
{
    private readonly ArmTemplate template = ArmTemplate.Main;

    [Fact]
    public void EveryDeclaredParameterIsUsed()
    {
        Assert.Empty(template.Parameters.Select(p => p.Key).Except(template.ParameterReferences));
    }

    [Fact]
    public void EveryParameterReferenceIsDeclared()
    {
        Assert.Empty(template.ParameterReferences.Except(template.Parameters.Select(p => p.Key)));
    }

    [Fact]
    public void EveryDeclaredVariableIsUsed()
    {
        Assert.Empty(template.Variables.Select(v => v.Key).Except(template.VariableReferences));
    }

    [Fact]
    public void EveryVariableReferenceIsDeclared()
    {
        Assert.Empty(template.VariableReferences.Except(template.Variables.Select(v => v.Key)));
    }

    [Fact]
    public void ReferenceScanSeesUnusedAndUndeclaredNames()
    {
        // Guards the four tests above: a scan that found nothing would pass them all.
        var sample = new ArmTemplate((JsonObject)JsonNode.Parse("""
            { "parameters": { "used": {}, "unused": {} },
              "resources": [ { "name": "[concat(parameters('used'), parameters( 'missing' ), variables('v'))]" } ] }
            """)!);

        Assert.Equal(["missing", "used"], sample.ParameterReferences.Order());
        Assert.Equal(["v"], sample.VariableReferences);
    }

    [Fact]
    public void ExampleParametersAreDeclaredAllowedAndHoldNoSecret()
    {
        var example = ArmTemplate.Load("azuredeploy.parameters.example.json").Parameters;

        Assert.NotEmpty(example);
        foreach (var (name, value) in example)
        {
            var declared = Assert.IsType<JsonObject>(template.Parameters[name]);
            Assert.NotEqual("securestring", (string?)declared["type"]);
            if (declared["allowedValues"] is JsonArray allowed)
                Assert.Contains(value!["value"]!.ToJsonString(), allowed.Select(a => a!.ToJsonString()));
        }
        var required = template.Parameters.Where(p => p.Value?["defaultValue"] is null).Select(p => p.Key);
        Assert.All(required, name => Assert.True(example.ContainsKey(name), $"the example leaves out required parameter {name}"));
    }

    [Fact]
    public void EveryParameterIsDocumented()
    {
        var guide = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "azure", "README.md"));

        Assert.All(template.Parameters, p => Assert.Contains($"`{p.Key}`", guide, StringComparison.Ordinal));
        Assert.All(template.Parameters, p => Assert.False(string.IsNullOrWhiteSpace((string?)p.Value?["metadata"]?["description"]), p.Key));
    }
}
