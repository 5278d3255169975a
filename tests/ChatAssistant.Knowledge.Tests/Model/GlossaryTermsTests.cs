namespace ChatAssistant.Knowledge.Tests.Model;

public class GlossaryTermsTests(RealKnowledge real) : IClassFixture<RealKnowledge>
{
    [Fact]
    public void FourRolesWithTheirHoldersLevelsAndScales()
    {
        var roles = real.Knowledge.Glossary.Roles;
        Assert.Equal(4, roles.Count);
        Assert.Equal("Iestādes pakalpojumu kopuma saimnieks", roles.Single(r => r.Id == "service-portfolio-owner").Name.Lv);
        Assert.Equal("service-portfolio-owner", roles.Single(r => r.Id == "service-owner").Portfolio);
        Assert.Equal("resource-portfolio-owner", roles.Single(r => r.Id == "resource-owner").Portfolio);
        Assert.Equal("support", roles.Single(r => r.Id == "resource-owner").Level);
    }

    [Fact]
    public void EnglishNamesDoNotRepeatTheLatvianTermThatCodeAddsInParentheses()
    {
        Assert.All(real.Knowledge.Glossary.Roles, r => Assert.DoesNotContain("(", r.Holder.En));
        Assert.All(real.Knowledge.Catalogue.Tasks, t => Assert.DoesNotContain("●", t.Name.Lv));
    }
}
