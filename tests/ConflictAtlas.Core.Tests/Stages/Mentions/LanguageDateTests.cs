using ConflictAtlas.Core.Stages.Mentions;

namespace ConflictAtlas.Core.Tests.Stages.Mentions;

/// <summary>Dates written in Spanish, Portuguese and Arabic: month and weekday names, joining words, relative days.</summary>
public sealed class LanguageDateTests
{
    /// <summary>Monday 10 March 2025.</summary>
    private static readonly DateOnly Monday = new(2025, 3, 10);

    private static (string Text, DateMention Value) One(string text)
    {
        var found = Assert.Single(DateStage.Find(text, Monday));
        return (found.Span.Of(text), found.Value);
    }

    [Theory]
    [InlineData("ocurrió el 15 de noviembre de 2024 en la capital", "15 de noviembre de 2024", 2024, 11, 15)]
    [InlineData("el ataque del 3 de marzo dejó dos muertos", "3 de marzo", 2025, 3, 3)]
    [InlineData("no dia 28 de outubro de 2025, a polícia", "28 de outubro de 2025", 2025, 10, 28)]
    [InlineData("وقع الهجوم في 15 نوفمبر 2024 قرب الحدود", "15 نوفمبر 2024", 2024, 11, 15)]
    [InlineData("وقع الهجوم في ١٥ تشرين الثاني ٢٠٢٤", "١٥ تشرين الثاني ٢٠٢٤", 2024, 11, 15)]
    public void Day_month_and_year(string text, string covered, int year, int month, int day)
    {
        var (span, value) = One(text);
        Assert.Equal(covered, span);
        Assert.Equal(new DateOnly(year, month, day), value.Date);
        Assert.Equal(1, value.Precision);
    }

    [Theory]
    [InlineData("los hechos ocurrieron ayer en la tarde", "ayer", 9)]
    [InlineData("o ataque aconteceu ontem à noite", "ontem", 9)]
    [InlineData("قتل ثلاثة أشخاص أمس في هجوم", "أمس", 9)]
    [InlineData("la policía llegó el sábado", "sábado", 8)]
    [InlineData("a aldeia foi atacada na sexta-feira", "sexta-feira", 7)]
    [InlineData("اندلعت الاشتباكات يوم الخميس", "الخميس", 6)]
    [InlineData("atacaron el domingo pasado", "domingo pasado", 9)]
    public void Relative_days_and_weekdays_before_the_publication_day(string text, string covered, int day)
    {
        var (span, value) = One(text);
        Assert.Equal(covered, span);
        Assert.Equal(new DateOnly(2025, 3, day), value.Date);
    }

    [Fact]
    public void A_month_part_with_de_before_month_and_year()
    {
        var (span, value) = One("la ofensiva comenzó a mediados de marzo de 2024");
        Assert.Equal("mediados de marzo de 2024", span);
        Assert.Equal(2024, value.Date!.Value.Year);
        Assert.Equal(3, value.Date.Value.Month);
        Assert.Equal(3, value.Precision);
    }
}
