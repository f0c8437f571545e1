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
    [InlineData("Early February, a convoy was ambushed on the same road.", "2025-02-01")]
    [InlineData("Militia fighters burned the market in late January.", "2025-01-31")]
    [InlineData("Fin janvier, deux villages avaient été incendiés.", "2025-01-31")]
    [InlineData("A mediados de febrero hubo otro ataque.", "2025-02-15")]
    [InlineData("The base was shelled in late October.", "2024-10-31")]
    public void A_part_of_a_month_named_without_a_year_is_the_latest_such_month_of_the_page(string text, string expected)
    {
        var date = Single(text, Monday);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Date);
        Assert.Equal(3, date.Precision);
        Assert.False(date.IsSpecificDay);
    }

    [Fact]
    public void A_part_of_a_month_named_without_a_year_stays_unread_on_a_page_with_no_date()
    {
        Assert.DoesNotContain(DateStage.Find("Late October, the base was shelled.", null), f => f.Value.Date is not null);
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
    [InlineData("Nile photo desk\nMarch 4, 2025 (EL OBEID) – Fighting near Dilling on Sunday left 30 dead.")]
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

    [Fact]
    public void A_date_worked_out_from_the_day_an_undated_page_was_read_says_so()
    {
        Assert.True(DateStage.Find("Gunmen raided the camp on Sunday.", null, Today).Single().Value.IsFromReadDay);
        Assert.True(DateStage.Find("Gunmen raided the camp on 15 November.", null, Today).Single().Value.IsFromReadDay);
        Assert.False(DateStage.Find("Gunmen raided the camp on Sunday.", Today, Today).Single().Value.IsFromReadDay);
        Assert.False(DateStage.Find("Gunmen raided the camp on 15 November 2025.", null, Today).Single().Value.IsFromReadDay);
    }

    [Fact]
    public void A_month_stamp_opening_an_undated_page_gives_the_year_of_its_days()
    {
        var found = DateStage.Find("date 2019-05 Des hommes armés ont enlevé un enseignant le jeudi 9 mai près de Kidal.", null, Today);
        Assert.True(found[0].Value.IsDateline);
        Assert.Equal(new DateOnly(2019, 5, 15), found[0].Value.Date);
        Assert.Equal(3, found[0].Value.Precision);
        Assert.Equal(new DateOnly(2019, 5, 9), found[1].Value.Date);
    }

    [Fact]
    public void A_day_later_than_the_month_stamp_is_in_the_year_before()
    {
        var found = DateStage.Find("date 2021-02 The convoy hit a mine on 27 December near Gao.", null, Today);
        Assert.Equal(new DateOnly(2020, 12, 27), found[1].Value.Date);
    }

    [Theory]
    [InlineData("date 2020-11 Gunmen killed four herders on Tuesday near Gubio.", "2020-11-17")]
    [InlineData("date 2020-11 Quatre éleveurs ont été tués hier près de Gubio.", "2020-11-14")]
    public void With_only_a_month_stamp_a_weekday_or_yesterday_falls_in_that_month_at_month_precision(string text, string expected)
    {
        var day = DateStage.Find(text, null, Today)[1].Value;
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), day.Date);
        Assert.Equal(3, day.Precision);
    }

    // An undated page names a day without its year and, for a raid it recalls, a month with one: the day without a
    // year is news, so it is not earlier than the latest month the page dates in full (the year written is a past one).
    [Theory]
    [InlineData("Survivors said the March 6 raid on Kidal was the worst since the attacks of November 2024.", "2025-03-06")]
    [InlineData("After the attacks of November 2024, gunmen raided Kidal again on December 6.", "2024-12-06")]
    [InlineData("Gunmen raided Kidal on March 6, weeks after the attacks of February 2024.", "2024-03-06")]
    public void On_an_undated_page_a_day_without_a_year_is_not_before_the_latest_month_named_with_one(string text, string expected)
    {
        var day = DateStage.Find(text, null, Today).Single(f => f.Value.Precision == 1).Value;
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), day.Date);
    }

    // The same with a weekday: the weekday pins the year among those not before that month, not an earlier one.
    [Theory]
    [InlineData("Survivors said the raid of Wednesday, March 5 on Kidal was the worst since the attacks of November 2024.", "2025-03-05")]
    [InlineData("Le mercredi 5 mars, des hommes armés ont attaqué Kidal, l'attaque la plus meurtrière depuis novembre 2024.", "2025-03-05")]
    public void On_an_undated_page_a_weekday_pins_a_day_without_a_year_after_the_latest_month_named_with_one(string text, string expected)
    {
        var day = DateStage.Find(text, null, Today).Single(f => f.Value.Date?.Day == 5).Value;
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), day.Date);
    }

    // French, Spanish and Portuguese write the day before the month: a number after a month name there is not its day
    // ("entre avril 11 et juin 17" is April 2011 to June 2017), while English writes "June 17".
    [Theory]
    [InlineData("Une étude parue en août 2017 recense les attentats commis entre avril 11 et juin 17 dans la région.")]
    [InlineData("Un informe publicado en agosto de 2017 cuenta los atentados cometidos entre abril 11 y junio 17 en la región.")]
    public void In_a_day_first_language_a_number_after_a_month_is_not_its_day(string text) =>
        Assert.DoesNotContain(DateStage.Find(text, null, Today), f => f.Value.Date is { Month: 6, Day: 17 });

    [Fact]
    public void In_english_a_number_after_a_month_is_its_day() =>
        Assert.Contains(DateStage.Find("Gunmen attacked the camp on June 17, a report published in August 2017 said.", null, Today), f => f.Value.Date is { Month: 6, Day: 17 });

    [Fact]
    public void A_year_and_month_inside_the_text_is_not_a_page_stamp()
    {
        var found = DateStage.Find("Gunmen killed four herders on Tuesday. The plan 2020-11 was dropped.", null, Today);
        Assert.DoesNotContain(found, f => f.Value.IsDateline);
        Assert.Equal(new DateOnly(2026, 12, 1), found[0].Value.Date);
    }

    [Fact]
    public void A_day_the_text_names_early_in_the_stamped_month_does_not_date_its_weekdays()
    {
        // The rebels held the town since the 3rd: the page was put online later in the month, so Monday is the one
        // nearest the middle of the stamped month, not the Monday before the 3rd.
        var found = DateStage.Find("date 2021-01 Rebels killed two peacekeepers on Monday near Bangassou, which they had held since 3 January.", null, Today);
        var monday = found.Single(f => f.Value.IsRelative).Value;
        Assert.Equal(new DateOnly(2021, 1, 18), monday.Date);
        Assert.Equal(3, monday.Precision);
    }

    [Fact]
    public void A_day_late_in_the_stamped_month_still_dates_its_weekdays()
    {
        var found = DateStage.Find("date 2021-01 On 26 January, a minibus hit a mine near Bankass; the toll was given on Wednesday.", null, Today);
        Assert.Equal(new DateOnly(2021, 1, 20), found.Single(f => f.Value.IsRelative).Value.Date);
    }

    // A page stamped January 2021 names Tuesday 26 January or Thursday 28 January in full: the page is of that day or
    // later, so "this Wednesday" is the Wednesday nearest it, the 27th either way (a plain "on Wednesday" stays the
    // one before, above).
    [Theory]
    [InlineData("date 2021-01 On 26 January, a minibus hit a mine near Bankass, the local press reported this Wednesday.")]
    [InlineData("date 2021-01 Un minibus a heurté une mine le 26 janvier près de Bankass, rapporte la presse ce mercredi.")]
    [InlineData("date 2021-01 Un minibus a heurté une mine le 28 janvier près de Bankass, rapporte la presse ce mercredi.")]
    [InlineData("date 2021-01 Un minibus ha pisado una mina el 26 de enero cerca de Bankass, informó este miércoles la prensa.")]
    public void This_weekday_on_a_page_dated_only_by_its_text_is_the_one_nearest_the_latest_day_it_names(string text)
    {
        var found = DateStage.Find(text, null, Today);
        Assert.Equal(new DateOnly(2021, 1, 27), found.Single(f => f.Value.IsRelative).Value.Date);
    }

    [Fact]
    public void This_weekday_on_a_published_page_is_the_one_before_publication() =>
        Assert.Equal(new DateOnly(2021, 1, 20),
            DateStage.Find("Un minibus a heurté une mine près de Bankass, rapporte la presse ce mercredi.", new DateOnly(2021, 1, 26), Today).Single().Value.Date);

    [Fact]
    public void On_an_undated_page_a_day_its_weekday_pins_dates_the_other_weekdays_at_week_precision()
    {
        var found = DateStage.Find("Gunmen killed five people in the town on Saturday. Since Sunday, 15 September, the violence has spread.", null, Today);
        var saturday = found.Single(f => f.Value.IsRelative).Value;
        Assert.Equal(new DateOnly(2024, 9, 14), saturday.Date);
        Assert.Equal(2, saturday.Precision);
    }

    // Published on Monday 10 March 2025. Arabic: yesterday alone or with its weekday, a weekday after "يوم" (day) or in
    // brackets after "اليوم" (today), both series of month names, Eastern Arabic digits.
    [Theory]
    [InlineData("قتل خمسة مدنيين أمس في قصف على البلدة.", "2025-03-09")]
    [InlineData("قتل خمسة مدنيين أمس الأحد في قصف على البلدة.", "2025-03-09")]
    [InlineData("قتل خمسة مدنيين بالأمس في قصف على البلدة.", "2025-03-09")]
    [InlineData("قتل خمسة مدنيين يوم الجمعة في قصف على البلدة.", "2025-03-07")]
    [InlineData("خرج المئات اليوم (الاثنين) في مسيرة وسط المدينة.", "2025-03-10")]
    [InlineData("قتل خمسة مدنيين في قصف على البلدة في 4 آذار 2025.", "2025-03-04")]
    [InlineData("قتل خمسة مدنيين في قصف على البلدة في ٤ مارس ٢٠٢٥.", "2025-03-04")]
    [InlineData("قتل خمسة مدنيين في قصف على البلدة في 4 جانفي 2025.", "2025-01-04")]
    [InlineData("قتل خمسة مدنيين في قصف على البلدة يوم الثلاثاء 4 مارس.", "2025-03-04")]
    [InlineData("قتل خمسة مدنيين في قصف على البلدة أول أمس.", "2025-03-08")]
    [InlineData("وكان ثلاثة جنود قتلوا أول من أمس في هجوم على حاجز.", "2025-03-08")]
    public void Arabic_dates(string text, string expected)
    {
        var first = DateStage.Find(text, Monday).First().Value;
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), first.Date);
    }

    [Fact]
    public void On_an_undated_page_a_year_a_weekday_pins_is_the_year_of_its_other_days()
    {
        // Thursday 28 September is 2023 (the latest such Thursday before the page was read): the coup of 26 July
        // the same page names is of that year too, not the latest 26 July before today.
        var found = DateStage.Find("Seven soldiers were killed on Thursday 28 September in the west. The coup of 26 July was blamed on insecurity.", null, Today);
        Assert.Equal(new DateOnly(2023, 9, 28), found[0].Value.Date);
        var july = found[1].Value;
        Assert.Equal(new DateOnly(2023, 7, 26), july.Date);
        Assert.Equal(2, july.Precision);
    }

    [Theory]
    [InlineData("TIMELINE OF THE JULY 23 MARCH ON THE CAPITAL: police blocked the route.")]
    [InlineData("The July 23 March on the capital was blocked by police.")]
    public void A_day_after_a_month_name_belongs_to_it_not_to_a_month_name_after_it(string text)
    {
        var first = DateStage.Find(text, new DateOnly(2024, 7, 25))[0].Value;
        Assert.Equal(new DateOnly(2024, 7, 23), first.Date);
    }

    // 8 January 2024 was a Monday and 8 January 2025 a Wednesday: the weekday keeps the day and month and corrects the
    // year slipped at the turn of the year; the weekday is part of the date, not a date of its own.
    [Theory]
    [InlineData("Les soldats ont repris la ville ce mercredi 8 janvier 2024 après deux jours de combats.", "mercredi 8 janvier 2024")]
    [InlineData("Troops retook the town on Wednesday, January 8, 2024, after two days of fighting.", "Wednesday, January 8, 2024")]
    public void A_weekday_that_does_not_fit_the_written_year_fits_the_year_next_to_it(string text, string covered)
    {
        var found = Assert.Single(DateStage.Find(text, null, Today));
        Assert.Equal(covered, found.Span.Of(text));
        Assert.Equal(new DateOnly(2025, 1, 8), found.Value.Date);
    }

    [Fact]
    public void A_weekday_that_fits_its_written_date_keeps_it()
    {
        var found = Assert.Single(DateStage.Find("Les soldats ont repris la ville ce lundi 8 janvier 2024.", null, Today));
        Assert.Equal(new DateOnly(2024, 1, 8), found.Value.Date);
    }

    [Fact]
    public void A_weekday_and_day_of_the_week_before_publication_correct_a_slipped_month_name()
    {
        // Published on Saturday 15 November 2025: "Friday 14 September" (a Sunday that year) is Friday 14 November.
        var found = Assert.Single(DateStage.Find("Le lendemain, vendredi 14 septembre au soir, une frappe a touché un campement.", new DateOnly(2025, 11, 15)));
        Assert.Equal(new DateOnly(2025, 11, 14), found.Value.Date);
    }

    // Published on Monday 10 March 2025: a night from one weekday to the next is dated by the evening it began.
    [Theory]
    [InlineData("Des hommes armés ont attaqué le village dans la nuit de jeudi à vendredi.", "nuit de jeudi à vendredi")]
    [InlineData("Des hommes armés ont attaqué le village dans la nuit du jeudi au vendredi.", "nuit du jeudi au vendredi")]
    [InlineData("Gunmen attacked the village overnight Thursday into Friday.", "overnight Thursday into Friday")]
    [InlineData("Gunmen attacked the village on the night of Thursday to Friday.", "night of Thursday to Friday")]
    [InlineData("أطلقت الشرطة الغاز على المحتجين ليلة الخميس الجمعة في وسط المدينة.", "ليلة الخميس الجمعة")]
    [InlineData("هاجم مسلحون القرية ليلة الخميس إلى الجمعة.", "ليلة الخميس إلى الجمعة")]
    [InlineData("Hombres armados atacaron el pueblo en la noche del jueves al viernes.", "noche del jueves al viernes")]
    public void A_night_from_one_weekday_to_the_next_is_the_first_day(string text, string covered)
    {
        var found = Assert.Single(DateStage.Find(text, Monday));
        Assert.Equal(covered, found.Span.Of(text));
        Assert.Equal(new DateOnly(2025, 3, 6), found.Value.Date);
        Assert.Equal(1, found.Value.Precision);
    }

    [Fact]
    public void A_weekday_that_does_not_fit_a_date_of_the_publication_year_does_not_move_it_a_year_back()
    {
        // Published on 10 June 2025: "vendredi 7 juin 2025" (a Saturday) is not Friday 7 June 2024.
        var found = Assert.Single(DateStage.Find("L'armée s'est retirée du camp vendredi 7 juin 2025.", new DateOnly(2025, 6, 10)));
        Assert.Equal(new DateOnly(2025, 6, 7), found.Value.Date);
    }
}
