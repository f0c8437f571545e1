using ConflictAtlas.Core.Stages.Mentions;

namespace ConflictAtlas.Core.Tests.Stages.Mentions;

public sealed class DateStageTests
{
    private static readonly DateOnly Monday = new(2025, 3, 10);

    private static DateMention Single(string text, DateOnly? published)
    {
        var found = DateStage.Find(text, published);
        return Assert.Single(found).Value;
    }

    [Theory]
    [InlineData("On December 1, 2024, troops moved.", "2024-12-01")]
    [InlineData("On 1 December 2024 troops moved.", "2024-12-01")]
    [InlineData("Le 1er décembre 2024, les soldats sont partis.", "2024-12-01")]
    [InlineData("Le 3 mars 2025, les soldats sont partis.", "2025-03-03")]
    [InlineData("Published 2024-12-01.", "2024-12-01")]
    [InlineData("On Dec. 1, 2024 troops moved.", "2024-12-01")]
    public void Absolute_dates(string text, string expected)
    {
        var date = Single(text, null);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Date);
        Assert.Equal(1, date.Precision);
    }

    [Theory]
    [InlineData("Gunmen struck on Sunday.", "2025-03-09")]
    [InlineData("Gunmen struck yesterday.", "2025-03-09")]
    [InlineData("Des hommes armés ont frappé dimanche dernier.", "2025-03-09")]
    [InlineData("Des hommes armés ont frappé hier.", "2025-03-09")]
    [InlineData("Gunmen struck on Monday.", "2025-03-10")]
    [InlineData("Gunmen struck last Monday.", "2025-03-03")]
    [InlineData("Gunmen struck on March 8.", "2025-03-08")]
    public void Relative_dates_resolve_against_publication(string text, string expected)
    {
        var date = Single(text, Monday);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Date);
    }

    [Fact]
    public void A_day_without_year_after_publication_belongs_to_the_year_before() =>
        Assert.Equal(new DateOnly(2024, 12, 28), Single("The attack on December 28 was the worst.", new DateOnly(2025, 1, 5)).Date);

    [Fact]
    public void Last_week_is_coded_mid_week_at_week_precision()
    {
        var date = Single("Fighting broke out last week.", Monday);
        Assert.Equal(2, date.Precision);
        Assert.Equal(new DateOnly(2025, 3, 5), date.Date);
    }

    [Fact]
    public void Without_a_publication_date_relative_words_stay_unresolved()
    {
        var date = Single("Gunmen struck yesterday.", null);
        Assert.Null(date.Date);
    }

    [Fact]
    public void Without_a_publication_date_weekdays_resolve_against_the_text_s_own_date()
    {
        var found = DateStage.Find("On December 1, 2024, strikes hit. Later on Sunday, the army confirmed it.", null);
        Assert.Equal(new DateOnly(2024, 12, 1), found[1].Value.Date);
    }

    [Fact]
    public void Bare_years_are_year_precision()
    {
        var date = Single("The rebellion began in 2012.", Monday);
        Assert.Equal(4, date.Precision);
        Assert.Equal(2012, date.Date!.Value.Year);
    }

    [Fact]
    public void The_verb_may_is_not_a_month() => Assert.Empty(DateStage.Find("Troops may return 5 soldiers.", Monday));

    [Theory]
    [InlineData("EL OBEID, Nov 18 (Nile Wire) - Fighting near Dilling on Sunday left 30 dead.")]
    [InlineData("KADUNA, Nigeria, Oct 20 (Wire) - Gunmen struck on Sunday.")]
    [InlineData("KAYA, le 4 mars 2025 – Des hommes armés ont attaqué le marché dimanche.")]
    [InlineData("Published 2025-03-04 Gunmen struck a market near Kaya on Sunday.")]
    [InlineData("Mis à jour 2025-03-04 Des hommes armés ont attaqué le marché dimanche.")]
    public void Datelines_are_marked_as_filing_dates(string text)
    {
        var found = DateStage.Find(text, null);
        Assert.True(found[0].Value.IsDateline);
        Assert.False(found[1].Value.IsDateline);
    }

    [Theory]
    [InlineData("Three civilians were killed between 10 and 16 March 2025, a monitor said.", "2025-03-13", 2)]
    [InlineData("Des civils ont été tués entre le 20 et le 26 mai 2024.", "2024-05-23", 2)]
    [InlineData("Raids went on from 1 to 28 February 2025 in the area.", "2025-02-14", 3)]
    public void Day_ranges_give_their_middle_day(string text, string expected, int precision)
    {
        var date = Single(text, null);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Date);
        Assert.Equal(precision, date.Precision);
    }

    private static readonly DateOnly Today = new(2026, 12, 7);

    [Theory]
    [InlineData("Samedi 12 août, des hommes armés ont attaqué un convoi.", "2023-08-12")]
    [InlineData("Gunmen raided the camp on Saturday, 15 November, witnesses said.", "2025-11-15")]
    [InlineData("Le mercredi 24 juillet, des rebelles ont tué dix villageois.", "2024-07-24")]
    public void Without_a_year_a_weekday_pins_the_latest_year_before_today(string text, string expected)
    {
        var day = DateStage.Find(text, null, Today).Select(f => f.Value).First(v => !v.IsRelative);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), day.Date);
        Assert.Equal(2, day.Precision);
    }

    [Fact]
    public void A_weekday_pins_the_year_nearest_before_the_other_dates_of_the_page()
    {
        var found = DateStage.Find("A ceasefire was signed on 2 March 2019. On Saturday, 16 November, gunmen broke it.", null, Today);
        Assert.Contains(found, f => f.Value.Date == new DateOnly(2019, 11, 16));
    }

    [Fact]
    public void Without_any_year_a_day_is_the_latest_one_before_today_at_month_precision()
    {
        var day = DateStage.Find("Gunmen raided the camp on 15 November.", null, Today).Single().Value;
        Assert.Equal(new DateOnly(2026, 11, 15), day.Date);
        Assert.Equal(3, day.Precision);
    }

    [Fact]
    public void Without_any_date_a_weekday_is_the_latest_one_before_today_at_month_precision()
    {
        var day = DateStage.Find("Gunmen raided the camp on Sunday.", null, Today).Single().Value;
        Assert.Equal(new DateOnly(2026, 12, 6), day.Date);
        Assert.Equal(3, day.Precision);
    }
}
