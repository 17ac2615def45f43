using RelationsGraph.Tck.Running;

namespace RelationsGraph.Tck.Tests.Running;

public sealed class ProcedureFactoryTests
{
    [Fact]
    public void Create_Signature_ReadsNameInputsAndOutputs()
    {
        var procedure = ProcedureFactory.Create(
            "test.my.proc(name :: STRING?, id :: INTEGER?) :: (city :: STRING?, country_code :: INTEGER?):",
            [["name", "id", "city", "country_code"]]);

        procedure.Name.ShouldBe("test.my.proc");
        procedure.Inputs.Select(i => (i.Name, i.Type)).ShouldBe([("name", "STRING?"), ("id", "INTEGER?")]);
        procedure.Outputs.Select(o => o.Name).ShouldBe(["city", "country_code"]);
    }

    [Fact]
    public void Invoke_ArgumentsMatchingRows_YieldThoseRowsOutputs()
    {
        var procedure = ProcedureFactory.Create(
            "test.my.proc(in :: INTEGER?) :: (a :: INTEGER?, b :: INTEGER?) :",
            [["in", "a", "b"], ["1", "10", "11"], ["2", "20", "21"], ["1", "12", "13"]]);

        procedure.Invoke([1L]).ShouldBe([[10L, 11L], [12L, 13L]]);
        procedure.Invoke([3L]).ShouldBeEmpty();
    }

    [Fact]
    public void Invoke_IntegerForFloatParameter_IsWidened()
    {
        var procedure = ProcedureFactory.Create("test.my.proc(in :: FLOAT?) :: (out :: STRING?):", [["in", "out"], ["42.0", "'close enough'"]]);

        procedure.Invoke([42L]).ShouldBe([["close enough"]]);
    }

    [Fact]
    public void Invoke_IntegerForNumberParameter_MatchesOnlyTheIntegerRow()
    {
        var procedure = ProcedureFactory.Create(
            "test.my.proc(in :: NUMBER?) :: (out :: STRING?):",
            [["in", "out"], ["42", "'wisdom'"], ["42.3", "'about right'"]]);

        procedure.Invoke([42L]).ShouldBe([["wisdom"]]);
    }

    [Fact]
    public void Create_VoidProcedureWithBareRow_IsVoid()
    {
        var procedure = ProcedureFactory.Create("test.doNothing() :: ():", [[]]);

        procedure.Inputs.ShouldBeEmpty();
        procedure.Outputs.ShouldBeEmpty();
    }

    [Fact]
    public void Create_TableWithWrongWidth_Throws()
    {
        Should.Throw<FormatException>(() => ProcedureFactory.Create("test.p(in :: INTEGER?) :: (out :: INTEGER?)", [["in"]]));
    }
}
