using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Stages.Detect;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Stages.Detect;

/// <summary>Detection and modality on short reports in the supplement gazetteer's places.</summary>
public sealed class EventDetectionTests
{
    private static readonly global::ConflictAtlas.Core.Pipeline.Pipeline Standard = PipelineDefaults.Create();

    private static Document Run(string text, string published = "2025-03-10") =>
        Standard.Run(Document.Create(text, new ArticleMetadata { Published = DateTimeOffset.Parse(published + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture) }));

    [Fact]
    public void Threats_and_plans_are_not_events() =>
        Assert.Empty(Run("Rebels threaten Kidal\n\nThe rebels vowed to attack the town of Kidal next week, a spokesman said on Sunday.").Events);

    [Theory]
    [InlineData("Villagers killed near Mopti\n\nGunmen killed two hunters near Mopti on Sunday. The rebels, who last month attacked an army camp in Kidal, are moving south.", DropReason.Historical)]
    [InlineData("Chasseurs tués près de Mopti\n\nDes hommes armés ont tué deux chasseurs près de Mopti dimanche. Les rebelles, qui avaient attaqué un camp de l'armée à Kidal le mois dernier, avancent vers le sud.", DropReason.Historical)]
    [InlineData("Villagers killed near Mopti\n\nGunmen killed two hunters near Mopti on Sunday. The group still holds parts of the north and continues to carry out attacks in Kidal.", DropReason.Habitual)]
    [InlineData("Chasseurs tués près de Mopti\n\nDes hommes armés ont tué deux chasseurs près de Mopti dimanche. Le groupe contrôle toujours une partie du nord et continue de mener des attaques à Kidal.", DropReason.Habitual)]
    [InlineData("Chasseurs tués près de Mopti\n\nDes hommes armés ont tué deux chasseurs près de Mopti dimanche. Ces dernières semaines, des groupes armés ont détruit à la dynamite des ponts près de Kidal.", DropReason.Habitual)]
    public void Acts_of_last_month_or_a_group_s_ongoing_attacks_are_background_of_the_news(string report, DropReason reason)
    {
        var document = Run(report);
        Assert.Equal("Mopti", Assert.Single(document.Events).Place?.Value.Name);
        Assert.Contains(document.Verdicts, v => v.Reason == reason);
    }

    [Theory]
    [InlineData("Attaque près de Kidal\n\nLe groupe jihadiste a revendiqué mardi l'attaque qui a tué neuf soldats lundi près de Kidal.")]
    [InlineData("Ataque cerca de Kidal\n\nEl grupo yihadista reivindicó el martes el ataque que mató a nueve soldados el lunes cerca de Kidal.")]
    public void The_day_a_group_claims_an_attack_is_not_the_day_of_the_attack(string report)
    {
        var e = Assert.Single(Run(report, "2025-03-12").Events);
        Assert.Equal(new DateOnly(2025, 3, 10), e.Date?.Value.Date);
    }

    [Fact]
    public void An_attack_recalled_from_weeks_before_the_news_is_background()
    {
        var document = Run("Villagers killed near Mopti\n\nGunmen killed four villagers near Mopti on Sunday. The region last saw such violence on 12 January, when militants killed nine soldiers in Kidal.");
        var e = Assert.Single(document.Events);
        Assert.Equal(new DateOnly(2025, 3, 9), e.Date?.Value.Date);
        Assert.Contains(document.Verdicts, v => v.Reason == DropReason.Recalled);
    }

    [Theory]
    [InlineData("Soldiers killed in western Niger\n\nSeven soldiers were killed on Thursday 28 September in an attack on their convoy near Tillabéri, the army said.\n\n" +
                "The officers who seized power in Niger on 26 July cited the worsening security to justify their coup.")]
    [InlineData("Des soldats tués dans l’ouest du Niger\n\nJeudi 28 septembre, une attaque visant un convoi militaire près de Tillabéri a tué sept soldats, a indiqué l’armée.\n\n" +
                "Les militaires qui ont pris le pouvoir au Niger le 26 juillet ont invoqué la dégradation de la sécurité pour justifier leur coup d’État.")]
    public void A_named_day_months_before_the_news_on_a_page_without_a_year_is_background(string report)
    {
        // The page gives no year, so every day it names is known to the week only: the coup two months before the
        // attack is still a day the report recalls, not a summed-up period.
        var document = Standard.Run(Document.Create(report, new ArticleMetadata()));
        var e = Assert.Single(document.Events);
        Assert.Equal("Tillabéri", e.Place?.Value.Name);
        Assert.Contains(document.Verdicts, v => v.Reason == DropReason.Recalled);
    }

    [Fact]
    public void An_old_day_at_the_place_of_the_news_is_not_taken_for_background() =>
        Assert.Equal(2, Run("Villagers killed near Mopti\n\nGunmen killed four villagers near Mopti on Sunday. On 12 January, militants killed nine soldiers in Mopti.").Events.Length);

    [Fact]
    public void A_report_whose_only_attack_is_old_still_tells_it() =>
        Assert.Single(Run("Kidal inquiry\n\nMilitants killed nine soldiers in Kidal on 12 January 2024.").Events);

    [Fact]
    public void Attacks_some_days_apart_are_both_news()
    {
        var events = Run("Week of violence\n\nMilitants killed nine soldiers in Kidal on 20 February. Gunmen killed four villagers near Mopti on Sunday.").Events;
        Assert.Equal(2, events.Length);
    }

    [Fact]
    public void Denials_are_not_events() =>
        Assert.Empty(Run("Army denies strike\n\nThe army on Sunday denied carrying out a drone strike in the town of Kidal.").Events);

    [Fact]
    public void History_is_not_an_event() =>
        Assert.Empty(Run("Background\n\nIn 2012, rebels seized Kidal after fierce fighting with the army.").Events);

    [Theory]
    [InlineData("Hunt in Mopti\n\nA hunter killed a wild boar near Mopti on Sunday.", DropReason.NoParticipant)]
    [InlineData("Race tightens\n\nThe senator came under attack in Mopti on Sunday over her tax plan.", DropReason.NoParticipant)]
    [InlineData("Drug raid in Mopti\n\nPolice arrested six people during a drug raid in Mopti on Sunday.", DropReason.NotPolitical)]
    [InlineData("Shop theft\n\nLawmakers argue over the farm bill | Senators trade barbs on trade | Weather: rain ahead for the weekend | Ministers back new budget plan MORE said shortly after the arrest of a shoplifter in Mopti on Sunday that the store was safe.", DropReason.NotPolitical)]
    [InlineData("Clinic row\n\nDoctors asked the ministry on Sunday in Mopti to vaccinate detained migrants in police custody.", DropReason.NotPolitical)]
    [InlineData("Vol à Mopti\n\nLa police a arrêté trois voleurs de bétail à Mopti dimanche.", DropReason.NotPolitical)]
    [InlineData("Mayor walks out\n\nThe mayor's temper, as demonstrated by his walkout in Mopti on Sunday, surprised residents.", DropReason.Figurative)]
    [InlineData("Deuil à Mopti\n\nLe maire a succombé à une attaque cardiaque à Mopti dimanche.", DropReason.Figurative)]
    [InlineData("Mopti council under fire for budget\n\nThe ruling party came under fire for its spending plan in Mopti on Sunday.", DropReason.Figurative)]
    [InlineData("Clinic opens\n\nNurses offered free check-ups to detained migrants in Mopti on Sunday.", DropReason.Figurative)]
    [InlineData("Girl found\n\nNeighbours cheered as the kidnapped schoolgirl came home to Mopti on Sunday.", DropReason.Figurative)]
    [InlineData("Old port\n\nMopti has been fighting floods since the 15th century.", DropReason.Historical)]
    [InlineData("Vieille ville\n\nAu fil des siècles, les épidémies ont tué des milliers d'habitants de Mopti.", DropReason.Historical)]
    [InlineData("Talks stall\n\nThe minister said on Sunday in Mopti that the vote undermined hopes for a peace deal.", DropReason.NoParticipant)]
    [InlineData("Smog season\n\nMopti has been fighting dust storms since the 15th century and still struggles with them today.", DropReason.Historical)]
    public void News_that_is_not_political_violence_is_no_event(string report, DropReason reason)
    {
        var document = Run(report);
        Assert.Empty(document.Events);
        Assert.Contains(document.Verdicts, v => v.Reason == reason);
    }

    [Theory]
    [InlineData("In Kidal, clashes went on late into the night on Sunday, leaving three dead.")]
    [InlineData("In Kidal, clashes resumed at the market. In Kidal, the clashes left three dead on Sunday.")] // placed in one sentence, dated in the next
    public void Clashes_in_a_report_of_burning_tyres_and_barricades_are_a_riot_against_the_police(string clashes)
    {
        var events = Run("Unrest in Mali\n\nYouths burned tyres and set up barricades in Mopti on Saturday. " + clashes).Events;
        var e = Assert.Single(events, e => e.Place?.Value.Name == "Kidal");
        Assert.Equal("Violent demonstration", e.Class.Value.SubEventType);
        Assert.Equal(("Rioters (Mali)", "Police Forces of Mali (2021-)"), (e.Actor1?.Value.Name, e.Actor2?.Value.Name));
    }

    [Fact]
    public void Strikes_said_to_be_carried_out_by_a_country_are_its_militarys()
    {
        var e = Assert.Single(Run("Strikes near Kidal\n\nAir strikes carried out by Niger killed nine villagers near Kidal on Sunday, the Malian army said.").Events);
        Assert.Equal("Military Forces of Niger (2023-)", e.Actor1?.Value.Name);
    }

    [Fact]
    public void A_country_named_further_after_by_than_an_article_is_not_the_striker()
    {
        var e = Assert.Single(Run("Bombs near Kidal\n\nShells fired by a unit based in Niger killed nine villagers near Kidal on Sunday.").Events);
        Assert.NotEqual("Military Forces of Niger (2023-)", e.Actor1?.Value.Name);
    }

    [Fact]
    public void An_attack_whose_victims_are_named_is_an_event() =>
        Assert.Single(Run("Hunters attacked\n\nGunmen killed two hunters near Mopti on Sunday.").Events);

    [Theory]
    [InlineData("Journalist held\n\nPolice arrested a journalist in Mopti on Sunday.")]
    [InlineData("Opposant interpellé\n\nLa police a arrêté un opposant à Mopti dimanche.")]
    public void An_arrest_of_a_journalist_or_an_opponent_is_an_event(string report) =>
        Assert.Equal("Arrests", Assert.Single(Run(report).Events).Class.Value.SubEventType);

    [Fact]
    public void An_arrest_of_no_one_political_leaves_the_other_acts_of_the_event()
    {
        // The arrest sentence joins the burning; it is a crime arrest, so the event is the burning, not nothing.
        var e = Assert.Single(Run("Unos encapuchados quemaron dos camiones el domingo en la localidad de Kidal, en Malí. " +
                                  "La policía llegó horas después y se llevó detenido a un sospechoso.").Events);
        Assert.Equal("Looting/property destruction", e.Class.Value.SubEventType);
        Assert.Equal("Kidal", e.Place!.Value.Name);
    }

    [Theory]
    [InlineData("Bus hits mine\n\nA bus travelling to Gao hit a roadside bomb near Ansongo on Sunday, killing nine passengers.")]
    [InlineData("Un car saute sur une mine\n\nUn car à destination de Gao a sauté sur une mine près d'Ansongo dimanche, tuant neuf passagers.")]
    public void Where_a_bus_was_going_is_not_where_the_blast_was(string report) =>
        Assert.Equal("Ansongo", Assert.Single(Run(report).Events).Place!.Value.Name);

    [Theory]
    [InlineData("Blast at a market\n\nThree traders were killed on Sunday when a bomb went off in the market of Ansongo. Police said the bombing wounded twelve others.")]
    [InlineData("Night of blasts\n\nTwo villagers were killed near Ansongo on Sunday in a series of bomb attacks blamed on the rebels.")]
    [InlineData("Hall hit\n\nFive worshippers were killed on Sunday in Ansongo when an explosion tore through a prayer hall. Officials condemned the bomb attack.")]
    public void Deaths_from_a_bomb_named_in_english_are_a_remote_explosive_not_an_attack(string report) =>
        Assert.Equal("Remote explosive/landmine/IED", Assert.Single(Run(report).Events).Class.Value.SubEventType);

    [Fact]
    public void A_group_said_to_operate_in_the_area_is_not_the_attacker_of_an_unclaimed_blast()
    {
        var e = Assert.Single(Run("Bus hits mine\n\nA roadside bomb killed nine passengers near Ansongo on Sunday. " +
                                  "No group immediately claimed responsibility. JNIM and other armed groups operate in the area.").Events);
        Assert.Equal("Unidentified Armed Group (Mali)", e.Actor1?.Value.Name);
    }

    [Theory]
    [InlineData("Raid on army post\n\nJNIM said it carried out the raid on the army post near Mopti on Sunday that left 30 soldiers dead.", "Armed clash", 30)]
    [InlineData("Market attack\n\nGunmen stormed a market near Mopti on Monday, killing 12 traders.", "Attack", 12)]
    [InlineData("Strike on the city\n\nA missile strike on Mopti killed at least one person on Sunday.", "Shelling/artillery/missile attack", 1)]
    public void A_plain_one_sentence_report_is_an_event_with_its_toll(string report, string subEventType, int toll)
    {
        var e = Assert.Single(Run(report, "2025-03-11").Events);
        Assert.Equal(subEventType, e.Class.Value.SubEventType);
        Assert.Equal(toll, e.Fatalities!.Value.Best);
    }

    [Theory]
    [InlineData("Embuscade près de Kidal\n\nHuit soldats ont été tués dimanche dans une embuscade tendue près de Kidal.")]
    [InlineData("Ambush near Kidal\n\nEight soldiers were killed on Sunday in an ambush laid near Kidal.")]
    public void Soldiers_counted_without_an_article_are_the_army_a_clash_is_fought_with(string report)
    {
        var e = Assert.Single(Run(report).Events);
        Assert.Equal("Armed clash", e.Class.Value.SubEventType);
        Assert.Equal("Military Forces of Mali (2021-)", e.Actor2?.Value.Name);
    }

    [Theory]
    [InlineData("Attaque dans le nord\n\nSamedi 8 mars, des hommes armés ont tué six villageois dans le nord du Niger.", "Niger")]
    [InlineData("Raid au Niger\n\nDes hommes armés ont attaqué samedi 8 mars le hameau de Zangoubéri, tuant six villageois, selon des élus nigériens.", "Niger")]
    [InlineData("Raid in the north\n\nOn Saturday, gunmen killed six villagers in the hamlet of Zangouberi in northern Niger.", "Niger")]
    [InlineData("Raid in the north\n\nA Britain-based monitor said gunmen killed six villagers on Saturday in northern Syria.", "Syria")]
    [InlineData("Raid au Niger\n\nSamedi 8 mars, des hommes armés ont attaqué un poste de l'armée nigérienne. Le même jour, ils ont pris le hameau de Zangoubéri.", "Niger")]
    public void An_event_with_its_own_day_whose_place_is_only_its_country_or_a_hamlet_the_gazetteer_lacks_is_coded_at_the_country(string report, string country)
    {
        var e = Assert.Single(Run(report).Events);
        Assert.Equal(country, e.Place!.Value.Country);
        Assert.Equal(3, e.Place.Value.GeoPrecision);
        Assert.Equal(new DateOnly(2025, 3, 8), e.Date!.Value.Date);
    }

    [Theory]
    [InlineData("Frappe israélienne\n\nUne frappe aérienne israélienne a tué trois personnes samedi 8 mars dans le sud du Liban, selon l'armée israélienne.", "Lebanon")]
    [InlineData("Israeli strike kills three\n\nAn Israeli air strike killed three people on Saturday, March 8, in southern Lebanon, the Israeli army said.", "Lebanon")]
    [InlineData("Frappe russe\n\nUne frappe russe a tué trois civils samedi 8 mars dans l'est de l'Ukraine, selon l'armée russe.", "Ukraine")]
    public void A_part_of_a_country_places_the_act_there_even_when_the_striking_country_is_named_more(string report, string country)
    {
        var e = Assert.Single(Run(report).Events);
        Assert.Equal(country, e.Place!.Value.Country);
        Assert.Equal(3, e.Place.Value.GeoPrecision);
    }

    [Theory]
    [InlineData("Violences au Niger\n\nAu Niger, les violences se poursuivent. Des hommes armés ont tué six villageois samedi 8 mars, selon des élus.", "Niger")]
    [InlineData("Violence goes on\n\nIn Niger, the violence goes on. Gunmen killed six villagers on Saturday, March 8, local officials said.", "Niger")]
    public void A_dated_act_takes_the_country_its_paragraph_opened_with(string report, string country)
    {
        var e = Assert.Single(Run(report).Events);
        Assert.Equal(country, e.Place!.Value.Country);
        Assert.Equal(new DateOnly(2025, 3, 8), e.Date!.Value.Date);
    }

    [Fact]
    public void A_country_named_in_a_sentence_with_no_day_of_its_own_makes_no_event() =>
        Assert.Empty(Run("Insecurity in Niger\n\nGunmen have killed hundreds of villagers in northern Niger, a rights group said.").Events);

    [Theory]
    [InlineData("Tuerie près de Kidal\n\nDes hommes armés ont tué quatre villageois dimanche près de Kidal.")]
    [InlineData("Killing near Kidal\n\nArmed men have killed four villagers near Kidal on Sunday.")]
    public void Men_who_have_killed_are_the_attackers_not_the_victims(string report)
    {
        var e = Assert.Single(Run(report).Events);
        Assert.Equal("Attack", e.Class.Value.SubEventType);
        Assert.Equal(("Unidentified Armed Group (Mali)", "Civilians (Mali)"), (e.Actor1?.Value.Name, e.Actor2?.Value.Name));
    }

    [Theory]
    [InlineData("Manifestation à Kidal\n\nDe violentes échauffourées ont opposé dimanche des manifestants aux forces de l'ordre à Kidal, faisant deux morts.")]
    [InlineData("Manifestation à Kidal\n\nDes casseurs se sont mêlés dimanche aux manifestants à Kidal ; deux personnes ont été tuées par la police.")]
    [InlineData("Manifestation à Kidal\n\nDes heurts ont opposé dimanche des manifestants aux forces de l'ordre à Kidal.")]
    [InlineData("Manifestation à Kidal\n\nDe violentes manifestations ont secoué dimanche le centre de Kidal, selon des témoins.")]
    [InlineData("Colère à Kidal\n\nDes heurts ont opposé dimanche à Kidal des militants de l'opposant arrêté la veille aux policiers venus les disperser.")]
    public void Demonstrators_brawling_with_the_police_or_joined_by_wreckers_make_a_violent_demonstration_even_with_deaths(string report) =>
        Assert.Equal("Violent demonstration", Assert.Single(Run(report).Events).Class.Value.SubEventType);

    [Theory]
    [InlineData("Heurts près de Kidal\n\nDe violents heurts ont opposé dimanche des soldats à des combattants du JNIM près de Kidal.", "Armed clash")]
    [InlineData("Car détruit\n\nDix passagers ont été tués dimanche près de Kidal dans l'explosion de leur car, causée par une mine.", "Remote explosive/landmine/IED")]
    [InlineData("Car détruit\n\nUn car de voyageurs a heurté une mine dimanche près de Kidal, tuant dix passagers.", "Remote explosive/landmine/IED")]
    [InlineData("Car détruit\n\nDimanche près de Kidal, un engin artisanal caché sur la piste a détruit un car et tué six passagers.", "Remote explosive/landmine/IED")]
    [InlineData("Marché visé\n\nUne bombe artisanale a tué trois commerçants dimanche sur le marché de Kidal.", "Remote explosive/landmine/IED")]
    [InlineData("Kidal reprise\n\nLes soldats maliens ont reconquis dimanche la ville de Kidal, tenue par les rebelles.", "Government regains territory")]
    [InlineData("Kidal reprise\n\nL'armée malienne a chassé dimanche les rebelles de la ville de Kidal.", "Government regains territory")]
    [InlineData("Kidal évacuée\n\nDimanche, les rebelles ont abandonné les positions qu'ils tenaient à Kidal.", "Non-violent transfer of territory")]
    public void French_clashes_mines_and_changes_of_hands_are_named_in_their_own_words(string report, string subEventType) =>
        Assert.Equal(subEventType, Assert.Single(Run(report).Events).Class.Value.SubEventType);

    [Theory]
    [InlineData("Drame près de Mopti\n\nQuatre femmes ont été tuées dimanche près de Mopti par des hommes armés.")]
    [InlineData("Drame près de Mopti\n\nDimanche près de Mopti, cinq villageoises ont été exécutées par des hommes armés.")]
    [InlineData("Drame près de Mopti\n\nTrois commerçantes ont été abattues dimanche sur la route de Mopti par des hommes armés.")]
    public void French_acts_told_with_a_feminine_plural_participle_are_acts(string report)
    {
        var e = Assert.Single(Run(report).Events);
        Assert.Equal("Violence against civilians", e.Class.Value.EventType);
        Assert.Equal("Mopti", e.Place?.Value.Name);
    }

    [Theory]
    [InlineData("Drame près de Mopti\n\nDes bandits armés ont tué deux bergers dimanche à Mopti. Depuis ce jour, le quartier vit dans la peur d'une autre attaque.")]
    [InlineData("Herders killed in Mopti\n\nArmed bandits killed two herders in Mopti on Sunday. Residents have since lived in fear of a new assault by the army.")]
    public void A_feared_act_adds_nothing_to_the_event_before_it(string report) =>
        Assert.Equal("Attack", Assert.Single(Run(report).Events).Class.Value.SubEventType);

    [Theory]
    [InlineData("Campement visé\n\nDimanche, une seconde frappe a touché un campement près de Kidal, tuant six civils.")]
    [InlineData("Nuit de frappes\n\nQuatre personnes ont été tuées dimanche dans des frappes nocturnes sur Kidal.")]
    [InlineData("Bombes sur Kidal\n\nDimanche soir, un appareil de l'armée a largué deux bombes sur un hameau près de Kidal, tuant quatre personnes.")]
    public void A_french_strike_named_by_its_noun_and_a_word_of_war_is_an_air_strike(string report) =>
        Assert.Equal("Air/drone strike", Assert.Single(Run(report).Events).Class.Value.SubEventType);

    [Theory]
    [InlineData("Gunmen kill villagers\n\nAt least twelve villagers were killed by gunmen in northern Mali, officials said on Monday. The attack happened on Saturday in Kidal, as people gathered at the market.")]
    public void A_sentence_that_says_when_and_where_the_act_just_told_happened_gives_its_day_and_place(string report)
    {
        var e = Assert.Single(Run(report).Events);
        Assert.Equal(new DateOnly(2025, 3, 8), e.Date!.Value.Date);
        Assert.Equal("Kidal", e.Place!.Value.Name);
        Assert.Equal(12, e.Fatalities!.Value.Best);
    }

    [Theory]
    [InlineData("Deadly night in Mopti prison\n\nA new standoff between rival inmates has left nine people dead, the prosecutor said. The riot broke out on Sunday at noon in the central prison of Mopti and ended at dawn.")]
    [InlineData("Nuit meurtrière à la prison de Mopti\n\nUn nouveau face-à-face entre détenus rivaux a fait neuf morts, selon le procureur. L'émeute a éclaté dimanche à midi dans la prison centrale de Mopti et a pris fin à l'aube.")]
    public void A_toll_that_opens_a_paragraph_before_its_act_is_told_is_the_toll_of_that_act(string report)
    {
        var document = Run(report);
        var e = Assert.Single(document.Events);
        Assert.Equal(9, e.Fatalities!.Value.Best);
        Assert.Contains(document.Verdicts, v => v.Kind == VerdictKind.AddedToll);
    }

    [Fact]
    public void A_toll_told_alone_in_its_paragraph_gives_nothing_to_the_act_of_the_next_one()
    {
        var e = Assert.Single(Run("Deadly night in Mopti prison\n\nA new standoff between rival inmates has left nine people dead, the prosecutor said.\n\n" +
                                  "The riot broke out on Sunday at noon in the central prison of Mopti and ended at dawn.").Events);
        Assert.Equal(0, e.Fatalities?.Value.Best ?? 0);
    }

    [Theory]
    [InlineData("Villagers killed in Niger\n\nDAKAR: At least twelve villagers were killed when gunmen attacked a market in western Niger, officials said. The raid took place on Sunday morning in Tillabéri, while traders were setting up.")]
    [InlineData("Villageois tués au Niger\n\nBAMAKO: Au moins douze villageois ont été tués par des hommes armés dans l'ouest du Niger, selon les autorités. L'attaque a eu lieu dimanche matin à Tillabéri, jour de marché.")]
    public void A_retelling_that_names_the_town_places_the_act_told_with_its_region_and_a_dateline_there(string report)
    {
        var document = Run(report);
        var e = Assert.Single(document.Events);
        var retelling = document.Verdicts.Single(v => v.Span.Of(document.Text).Contains("Tillabéri", StringComparison.Ordinal));
        Assert.Equal(VerdictKind.JoinedEvent, retelling.Kind);
        Assert.Equal("Tillabéri", e.Place!.Value.Name);
        Assert.Equal(new DateOnly(2025, 3, 9), e.Date!.Value.Date);
        Assert.Equal(12, e.Fatalities!.Value.Best);
    }

    [Theory]
    [InlineData("Lorry struck near Kidal\n\nA Turkish drone destroyed a lorry near Kidal on Sunday and four herders riding in it died.")]
    [InlineData("Car destroyed\n\nTwo traders were killed on Sunday near Kidal when an Israeli drone targeted their car.")]
    public void A_drone_named_by_the_state_that_flies_it_makes_the_killing_an_air_strike(string report) =>
        Assert.Equal("Air/drone strike", Assert.Single(Run(report).Events).Class.Value.SubEventType);

    [Theory]
    [InlineData("Sécheresse\n\nLa sécheresse frappe durement les éleveurs de Mopti depuis dimanche.")]
    [InlineData("Football\n\nL'attaquant a égalisé dimanche à Mopti d'une frappe du pied gauche.")]
    [InlineData("Inondations\n\nLes pluies ont frappé dimanche la ville de Mopti, où trois personnes sont mortes noyées.")]
    [InlineData("Budget\n\nLe ministre a présenté dimanche à Mopti la force de frappe financière du nouveau fonds.")]
    public void The_verb_to_strike_and_strikes_outside_war_are_no_french_air_strike(string report) =>
        Assert.Empty(Run(report).Events);

    [Theory]
    [InlineData("Double attentat à Kidal\n\nDimanche, un kamikaze s'est fait exploser sur le marché de Kidal, tuant six personnes. Un deuxième attentat-suicide a visé ensuite un poste de l'armée à Kidal, tuant deux soldats.", "Suicide bomb")]
    [InlineData("Raids à Kidal\n\nDimanche, des hommes armés ont attaqué le marché de Kidal, tuant six commerçants. Une seconde attaque a visé ensuite un poste de l'armée à Kidal.", null)]
    public void A_second_attack_told_in_french_is_another_event(string report, string? subEventType)
    {
        var events = Run(report).Events;
        Assert.Equal(2, events.Length);
        Assert.All(events, e => Assert.Equal(new DateOnly(2025, 3, 9), e.Date!.Value.Date));
        if (subEventType is not null)
        {
            Assert.All(events, e => Assert.Equal(subEventType, e.Class.Value.SubEventType));
        }
    }

    // Wadabéré is in no gazetteer: the name alone still says the second assault was somewhere else, even when an
    // opening sentence that names no place would take both; a sentence naming a further attack founds its own event.
    [Theory]
    [InlineData("Deux opérations\n\nDimanche, l'armée a repoussé une attaque de jihadistes contre son poste de Kidal, tuant dix assaillants. " +
                "Le même dimanche, les forces spéciales ont donné l'assaut à un camp terroriste près de la localité de Wadabéré, où six combattants ont été abattus.", "Battles")]
    [InlineData("Deux opérations\n\nDes combats ont opposé dimanche l'armée à des jihadistes lors de deux opérations dans le nord du Mali, selon l'état-major. " +
                "Dimanche, des soldats ont repoussé une attaque de jihadistes contre leur poste de Kidal, tuant dix assaillants. " +
                "L'armée ajoute que dimanche aussi, ses forces spéciales ont donné l'assaut à un camp terroriste près de la localité de Wadabéré, où six combattants ont été abattus.", "Battles")]
    [InlineData("Attentats à Kidal\n\nDimanche, une kamikaze s'est fait exploser au milieu d'une noce à Kidal, tuant six invités. " +
                "Un troisième attentat-suicide a ensuite visé un poste de contrôle de l'armée malienne.", "Explosions/Remote violence")]
    public void French_acts_of_one_day_at_another_place_or_named_as_another_act_are_two_events(string report, string eventType)
    {
        var events = Run(report).Events;
        Assert.Equal(2, events.Length);
        Assert.All(events, e => Assert.Equal(eventType, e.Class.Value.EventType));
        Assert.All(events, e => Assert.Equal(new DateOnly(2025, 3, 9), e.Date!.Value.Date));
    }

    // ACLED's one event per act: a sentence with no day or place of its own that names an act of another kind of
    // disorder than the event told before (a battle after a looting) and both of its sides is another event, of the
    // same day and town; one of the same kind, or any act in a report of a demonstration, is told of that event.
    [Theory]
    [InlineData("Pillage à Kidal\n\nDimanche, des bandits armés ont pillé les boutiques du marché de Kidal. " +
                "Selon des témoins, des soldats et des jihadistes se sont livrés à de longs échanges de tirs aux abords de la ville.", "Battles")]
    [InlineData("Looting in Kidal\n\nArmed bandits looted the shops of the Kidal market on Sunday. " +
                "Residents said soldiers and JNIM fighters then fought a long gun battle near the town.", "Battles")]
    public void An_act_of_another_kind_told_after_an_event_is_another_event(string report, string eventType)
    {
        var events = Run(report).Events;
        Assert.Equal(2, events.Length);
        Assert.Contains(events, e => e.Class.Value.EventType == eventType);
        Assert.Contains(events, e => e.Class.Value.SubEventType == "Looting/property destruction");
        Assert.All(events, e => Assert.Equal(new DateOnly(2025, 3, 9), e.Date!.Value.Date));
        Assert.All(events, e => Assert.Equal("Kidal", e.Place?.Value.Name));
    }

    [Theory]
    [InlineData("Protest in Kidal\n\nHundreds of residents marched peacefully through Kidal on Sunday against the curfew. " +
                "Witnesses said police then arrested JNIM supporters and opposition activists in the crowd.")]
    [InlineData("Looting in Kidal\n\nArmed bandits looted the shops of the Kidal market on Sunday. " +
                "Residents said the bandits also burned down the houses of two traders.")]
    public void An_act_told_in_a_report_of_a_protest_or_of_the_same_kind_adds_no_event(string report) =>
        Assert.Single(Run(report).Events);

    [Theory]
    [InlineData("Attaque à Kidal\n\nDimanche, des hommes armés ont attaqué le marché de Kidal, tuant six commerçants. " +
                "Une association locale signale par ailleurs que des policiers ont été blessés lors d'affrontements.")]
    [InlineData("Attaque à Wadabéré\n\nDimanche, des jihadistes ont attaqué le village de Wadabéré, au Mali, tuant six civils. " +
                "Dimanche soir, les assaillants ont incendié des greniers du village de Wadabéré avant de repartir.")]
    public void A_french_aside_on_other_clashes_or_an_act_told_again_at_a_place_the_gazetteer_lacks_adds_no_event(string report) =>
        Assert.Single(Run(report).Events);

    [Fact]
    public void A_clash_with_a_day_and_a_town_is_an_event()
    {
        var e = Assert.Single(Run("Clashes in Kidal\n\nSoldiers clashed with JNIM fighters in the town of Kidal on Sunday, killing 12 militants, the army said.").Events);
        Assert.Equal("Armed clash", e.Class.Value.SubEventType);
        Assert.Equal(new DateOnly(2025, 3, 9), e.Date!.Value.Date);
        Assert.Equal(12, e.Fatalities!.Value.Best);
        Assert.Equal(("Military Forces of Mali (2021-)", "JNIM: Group for Support of Islam and Muslims"), (e.Actor1?.Value.Name, e.Actor2?.Value.Name));
        Assert.Equal("the army", e.Fatalities.Value.Claims[0].Claimant);
    }

    [Fact]
    public void One_death_told_by_the_verb_alone_does_not_lower_a_figure_of_the_same_event()
    {
        var e = Assert.Single(Run("Massacre near Kidal\n\nGunmen killed at least 30 villagers near Kidal on Sunday. " +
                                  "The village chief, who tried to flee, was killed in the same attack near Kidal on Sunday.").Events);
        Assert.Equal(30, e.Fatalities!.Value.Best);
    }

    [Fact]
    public void Conflicting_claims_keep_the_lowest_and_the_range()
    {
        var e = Assert.Single(Run("Attack on Kidal\n\nGunmen attacked the town of Kidal on Sunday. The army said five people were killed, while residents said 23 people died.").Events);
        Assert.Equal(5, e.Fatalities!.Value.Best);
        Assert.Equal(5, e.Fatalities.Value.Low);
        Assert.Equal(23, e.Fatalities.Value.High);
    }

    [Fact]
    public void The_same_event_mentioned_twice_is_one_event() =>
        Assert.Single(Run("Drone strike hits Kidal\n\nA drone strike hit the town of Kidal on Sunday. The strike killed four people, residents said. The strike was the second this year.").Events);

    [Fact]
    public void A_dateline_date_is_when_the_report_was_filed_not_the_event_day()
    {
        var e = Assert.Single(Run("Attack in Mali\n\nKIDAL, March 10 (Sahel Wire) - Gunmen killed four villagers in the town of Kidal on Saturday, residents said.").Events);
        Assert.Equal(new DateOnly(2025, 3, 8), e.Date!.Value.Date);
    }

    private static Document RunUndated(string text) =>
        Standard.Run(Document.Create(text, new ArticleMetadata { Retrieved = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero) }));

    [Fact]
    public void An_undated_report_dated_by_a_weekday_and_day_still_gives_its_event()
    {
        var e = Assert.Single(RunUndated("Embuscade au Mali\n\nSamedi 12 août, des hommes armés ont tué neuf soldats dans une embuscade près de Kidal.").Events);
        Assert.Equal(new DateOnly(2023, 8, 12), e.Date!.Value.Date);
        Assert.Equal(2, e.Date.Value.Precision);
    }

    [Fact]
    public void On_an_undated_page_a_named_day_whose_year_the_weekday_pins_founds_the_event_a_quoted_sentence_places()
    {
        // The first sentence names the day but only the country; the second names the region inside a quotation.
        var e = Assert.Single(RunUndated("Embuscade au Mali\n\nNeuf soldats ont été tués vendredi 14 juin dans le nord du Mali lors d'une embuscade. " +
                                         "Dans la région de Kidal, « une patrouille a été attaquée par des hommes armés », a indiqué l'armée.").Events);
        Assert.Equal(new DateOnly(2024, 6, 14), e.Date!.Value.Date);
        Assert.Equal(2, e.Date.Value.Precision);
        Assert.Equal("Mali", e.Place!.Value.Country);
    }

    [Fact]
    public void An_undated_report_with_nothing_to_pin_its_year_still_gives_its_event_at_a_wider_precision_and_lower_confidence()
    {
        var undated = Assert.Single(RunUndated("Rally in Kidal\n\nHundreds of people marched peacefully through Kidal on Sunday.").Events);
        var dated = Assert.Single(Run("Rally in Kidal\n\nHundreds of people marched peacefully through Kidal on Sunday.").Events);
        Assert.Equal(3, undated.Date!.Value.Precision);
        Assert.True(undated.Confidence < dated.Confidence, $"undated {undated.Confidence}, dated {dated.Confidence}");
    }

    [Fact]
    public void An_undated_report_that_names_no_day_at_all_still_gives_its_event()
    {
        var e = Assert.Single(RunUndated("Ambush in Mali\n\nGunmen killed nine soldiers in an ambush near Kidal, officials said.").Events);
        Assert.Equal(3, e.Date!.Value.Precision);
    }

    [Fact]
    public void An_event_dated_only_from_the_day_an_undated_page_was_read_says_so_and_a_day_of_the_text_does_not()
    {
        var weekday = Assert.Single(RunUndated("Rally in Kidal\n\nHundreds of people marched peacefully through Kidal on Sunday.").Events);
        var nothing = Assert.Single(RunUndated("Ambush in Mali\n\nGunmen killed nine soldiers in an ambush near Kidal, officials said.").Events);
        var pinned = Assert.Single(RunUndated("Embuscade au Mali\n\nSamedi 12 août, des hommes armés ont tué neuf soldats dans une embuscade près de Kidal.").Events);
        var published = Assert.Single(Run("Rally in Kidal\n\nHundreds of people marched peacefully through Kidal on Sunday.").Events);

        Assert.Equal(Core.Events.DateSource.ReadDayWeekday, weekday.Date!.Value.Source);
        Assert.Equal(Core.Events.DateSource.ReadDay, nothing.Date!.Value.Source);
        Assert.Equal(Core.Events.DateSource.Text, pinned.Date!.Value.Source);
        Assert.Equal(Core.Events.DateSource.Text, published.Date!.Value.Source);
    }

    [Fact]
    public void On_an_undated_page_fighting_told_with_neither_day_nor_toll_is_background() =>
        Assert.Empty(RunUndated("Years after the war\n\nRebels fought the army around Kidal for a decade, and farmers left their fields.").Events);

    [Fact]
    public void A_french_dateline_with_its_article_is_the_filing_day_not_the_day_of_the_abduction()
    {
        var e = Assert.Single(Run("Enlèvement au Mali\n\nKIDAL, le 10 mars 2025 – Des hommes armés ont enlevé six commerçants, dont deux chauffeurs et un élu local de la commune, le samedi 8 mars 2025 près de Kidal, ont indiqué lundi des habitants.").Events);
        Assert.Equal(new DateOnly(2025, 3, 8), e.Date!.Value.Date);
    }

    [Fact]
    public void A_separate_attack_in_another_town_is_another_event()
    {
        var events = Run("Attacks in northern Mali\n\nGunmen killed four villagers in the town of Kidal on Saturday. In a separate attack on Sunday, gunmen killed two herders near Tinzaouaten.").Events;
        Assert.Equal(2, events.Length);
    }

    [Fact]
    public void The_speaker_of_a_claim_is_not_a_party_to_the_event()
    {
        var e = Assert.Single(Run("Mali\n\nJNIM fighters killed six villagers in the town of Kidal on Sunday, the Malian army said.").Events);
        Assert.Equal("JNIM: Group for Support of Islam and Muslims", e.Actor1!.Value.Name);
        Assert.Equal("Civilians (Mali)", e.Actor2!.Value.Name);
        Assert.Equal("Attack", e.Class.Value.SubEventType);
    }

    [Fact]
    public void A_protest_met_with_lethal_force_is_excessive_force()
    {
        var e = Assert.Single(Run("Mali\n\nPolice fired on protesters in the town of Kidal on Sunday, killing two demonstrators, witnesses said.").Events);
        Assert.Equal("Excessive force against protesters", e.Class.Value.SubEventType);
    }

    [Fact]
    public void A_defused_bomb_is_disrupted_weapons_use_not_an_explosion()
    {
        var e = Assert.Single(Run("Mali\n\nMalian soldiers defused a roadside bomb in the town of Kidal on Sunday.").Events);
        Assert.Equal("Disrupted weapons use", e.Class.Value.SubEventType);
        Assert.StartsWith("Military Forces of Mali", e.Actor1?.Value.Name, StringComparison.Ordinal);
        Assert.Null(e.Actor2);
    }

    [Fact]
    public void Court_proceedings_about_an_old_attack_are_not_an_event() =>
        Assert.Empty(Run("Mali trial\n\nA court in Kidal on Sunday opened the trial of five men accused of a bomb attack in the town.").Events);

    [Fact]
    public void A_headline_naming_the_region_does_not_become_a_second_event() =>
        Assert.Single(Run("Soldiers killed in Kidal region\n\nFour Malian soldiers were killed when their vehicle hit a roadside bomb near Tinzaouaten on Saturday, the army said.").Events);

    [Fact]
    public void A_quotation_does_not_found_an_event()
    {
        var events = Run("Mali\n\nGunmen killed four villagers in the town of Kidal on Saturday. \"They will massacre us all in Tinzaouaten next,\" a resident said on Sunday.").Events;
        Assert.Single(events);
    }

    [Fact]
    public void In_french_the_speaker_follows_the_verb_and_the_attacker_is_named_with_par()
    {
        var e = Assert.Single(Run("Mali\n\nAu moins six civils ont été tués dimanche à Kidal par des hommes armés non identifiés, a annoncé lundi le gouvernorat.").Events);
        Assert.Equal("Unidentified Armed Group (Mali)", e.Actor1!.Value.Name);
        Assert.Equal("Civilians (Mali)", e.Actor2!.Value.Name);
    }

    [Fact]
    public void Plain_soldiers_are_the_forces_of_the_event_country()
    {
        var e = Assert.Single(Run("Clash\n\nSoldiers clashed with JNIM fighters in the town of Kidal on Sunday, the ministry said.").Events);
        Assert.Equal(("Military Forces of Mali (2021-)", "JNIM: Group for Support of Islam and Muslims"), (e.Actor1?.Value.Name, e.Actor2?.Value.Name));
    }

    [Fact]
    public void Deaths_that_were_only_intended_are_not_claims()
    {
        var e = Assert.Single(Run("Bomb defused in Kidal\n\nSoldiers defused a car bomb in the town of Kidal on Sunday. The car was going to kill many people at the market, an officer said.").Events);
        Assert.Equal("Disrupted weapons use", e.Class.Value.SubEventType);
        Assert.Null(e.Fatalities);
    }

    [Fact]
    public void An_unnamed_bomber_is_an_unidentified_armed_group()
    {
        var e = Assert.Single(Run("Bomb kills five\n\nA roadside bomb killed five passengers on a minibus near the town of Kidal on Sunday, an official said. No group claimed the blast.").Events);
        Assert.Equal("Unidentified Armed Group (Mali)", e.Actor1?.Value.Name);
        Assert.Equal("Civilians (Mali)", e.Actor2?.Value.Name);
    }

    [Fact]
    public void A_group_that_claims_the_killing_of_soldiers_is_the_attacker()
    {
        var e = Assert.Single(Run("Soldiers killed in Kidal\n\nThree soldiers were killed when a grenade was thrown at a checkpoint in the town of Kidal on Sunday. JNIM said in a statement that its fighters had carried out the attack.").Events);
        Assert.Equal("JNIM: Group for Support of Islam and Muslims", e.Actor1?.Value.Name);
        Assert.StartsWith("Military Forces of Mali", e.Actor2?.Value.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_joined_by_and_share_the_death_word_and_add_up()
    {
        var e = Assert.Single(Run("Clash in Kidal\n\nSix soldiers and thirty attackers were killed on Sunday when JNIM fighters attacked an army post in the town of Kidal, the army said.").Events);
        Assert.Equal(36, e.Fatalities!.Value.Best);
    }

    [Fact]
    public void The_day_a_statement_was_read_is_not_the_day_of_the_event()
    {
        var e = Assert.Single(Run("Clash near Kidal\n\nSoldiers fought JNIM fighters on Sunday in the town of Kidal.\n\nIn a statement read on state television on Monday evening, the army said its patrol had come under fire and had neutralised eight assailants.").Events);
        Assert.Equal(new DateOnly(2025, 3, 9), e.Date!.Value.Date);
        Assert.Equal(8, e.Fatalities!.Value.Best);
    }

    [Fact]
    public void A_statement_day_is_the_event_day_when_the_report_gives_no_other()
    {
        var e = Assert.Single(Run("Strikes in Kidal\n\nThe government said on Saturday that the army had carried out air strikes on militant positions in the town of Kidal, killing several JNIM fighters.").Events);
        Assert.Equal(new DateOnly(2025, 3, 8), e.Date!.Value.Date);
        Assert.Equal(1, e.Date!.Value.Precision);
    }

    [Fact]
    public void A_groups_claimed_toll_gives_way_to_a_vaguer_figure_from_anyone_else()
    {
        var e = Assert.Single(Run("Camp attacked in Kidal\n\nJNIM fighters attacked the army camp in the town of Kidal on Sunday. A security source spoke of dozens of soldiers killed. In a claim of responsibility, the group said it had killed 54 soldiers.").Events);
        Assert.Equal(12, e.Fatalities!.Value.Best);
        Assert.Contains(e.Fatalities!.Value.Claims, c => c is { Number: 54, IsPartisan: true });
    }

    [Fact]
    public void A_clause_after_a_day_after_tells_an_earlier_event_of_its_own()
    {
        var events = Run("Strike after raid\n\nMalian aircraft struck jihadist fighters near the town of Kidal on Sunday, a day after militants killed eight villagers in a raid near Gao, local sources said.").Events;

        Assert.Equal(2, events.Length);
        var raid = Assert.Single(events, e => e.Class.Value.SubEventType == "Attack");
        Assert.Equal((new DateOnly(2025, 3, 8), 8, "Civilians (Mali)"), (raid.Date!.Value.Date, raid.Fatalities!.Value.Best, raid.Actor2?.Value.Name));
        Assert.Equal(new DateOnly(2025, 3, 9), Assert.Single(events, e => e.Class.Value.SubEventType == "Air/drone strike").Date!.Value.Date);
    }

    [Fact]
    public void The_next_day_dates_a_sentence_so_it_joins_that_days_event_and_not_the_one_before()
    {
        var events = Run("Abduction and raid\n\nGunmen abducted ten pupils in the town of Kidal on Friday. The army said it killed five fighters in a raid on their camp the next day.\n\nThe gunmen stormed a school in Kidal at dawn.\n\nOn Saturday, soldiers attacked a camp about 8 km from Kidal, killing five fighters, the army said.").Events;

        Assert.Equal(2, events.Length);
        var abduction = Assert.Single(events, e => e.Class.Value.SubEventType == "Abduction/forced disappearance");
        Assert.Equal((new DateOnly(2025, 3, 7), 0), (abduction.Date!.Value.Date, abduction.Fatalities?.Value.Best ?? 0));
        var raid = Assert.Single(events, e => e.Date!.Value.Date == new DateOnly(2025, 3, 8));
        Assert.Equal(5, raid.Fatalities!.Value.Best);
    }

    [Fact]
    public void A_killing_imputed_to_a_group_in_french_has_that_group_as_attacker()
    {
        var e = Assert.Single(Run("Attaque à Ménaka\n\nDix-sept civils ont été tués dimanche dans l'attaque d'un marché de Ménaka, a annoncé le gouvernement, qui a imputé la tuerie à l'État islamique au Sahel.").Events);
        Assert.Equal(("Islamic State (Sahel)", "Civilians (Mali)", "Attack"), (e.Actor1?.Value.Name, e.Actor2?.Value.Name, e.Class.Value.SubEventType));
    }

    [Theory]
    [InlineData("Fighters looted the market in the town of Kidal on Sunday. No one was killed.")]
    [InlineData("Fighters looted the market in the town of Kidal on Sunday. No one was reported killed there.")]
    [InlineData("Au moins cinq femmes ont été victimes de violences sexuelles dimanche à Kidal de la part d'hommes armés.")]
    public void Denied_deaths_and_victims_of_other_harm_are_no_death_toll(string body)
    {
        var e = Assert.Single(Run("Kidal\n\n" + body).Events);
        Assert.Equal(0, e.Fatalities?.Value.Best ?? 0);
    }

    [Theory]
    [InlineData("Au moins six personnes, dont la kamikaze, ont été tuées dimanche lorsqu'une femme a déclenché sa ceinture d'explosifs dans un marché de Kidal.")]
    [InlineData("Six people, including the bomber, were killed on Sunday when a suicide bomber blew himself up at a market in the town of Kidal.")]
    public void A_death_word_after_an_aside_still_counts_the_figure(string body)
    {
        var e = Assert.Single(Run("Kidal\n\n" + body).Events);
        Assert.Equal(6, e.Fatalities!.Value.Best);
    }

    [Fact]
    public void A_toll_told_without_an_act_belongs_to_the_event_just_told_in_its_paragraph()
    {
        var events = Run("Protests\n\nPolice opened fire on protesters in the town of Kidal on Sunday. The police said two people died, while a rights group said it had recorded nine deaths.\n\nIn Gao, protesters marched peacefully on Sunday.").Events;

        var kidal = Assert.Single(events, e => e.Place!.Value.Name == "Kidal");
        Assert.Equal(2, kidal.Fatalities!.Value.Best);
        Assert.Equal(0, Assert.Single(events, e => e.Place!.Value.Name == "Gao").Fatalities?.Value.Best ?? 0);
    }

    [Fact]
    public void A_sentence_with_no_day_or_place_elaborates_the_event_told_before_it()
    {
        var events = Run("Protests\n\nPolice shot dead four protesters in the town of Kidal on Sunday as tens of thousands of people marched through the streets to mark the anniversary of last year's deadly protests against tax increases, officials and rights groups said.\n\nPolice fired live bullets at crowds, witnesses said. The police said four people had died, while a rights group said it had recorded eight deaths.\n\nIn Gao, youths set fire to a police post on Sunday. No deaths were reported there.").Events;

        Assert.Equal(0, Assert.Single(events, e => e.Place!.Value.Name == "Gao").Fatalities?.Value.Best ?? 0);
        Assert.Equal(4, Assert.Single(events, e => e.Place!.Value.Name == "Kidal").Fatalities!.Value.Best);
    }

    [Fact]
    public void Troops_pulling_out_hand_the_place_to_the_group_moving_in()
    {
        var e = Assert.Single(Run("Base changes hands\n\nMalian soldiers pulled out of their camp in the town of Kidal on Saturday, and JNIM fighters occupied it within hours without a shot fired.").Events);
        Assert.Equal("Non-violent transfer of territory", e.Class.Value.SubEventType);
        Assert.StartsWith("JNIM", e.Actor1?.Value.Name, StringComparison.Ordinal);
        Assert.StartsWith("Military Forces of Mali", e.Actor2?.Value.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Base handed over\n\nMalian soldiers handed over the camp in the town of Kidal to JNIM fighters on Saturday.", true)]
    [InlineData("Teachers freed\n\nTwo teachers were handed over to soldiers in Kidal on Saturday, a local official said.", false)]
    public void What_is_handed_over_must_be_ground_for_a_transfer_of_territory(string report, bool transfer) =>
        Assert.Equal(transfer, Run(report).Events.Any(e => e.Class.Value.SubEventType == "Non-violent transfer of territory"));

    [Theory]
    [InlineData("Gunmen kill traders\n\nGunmen killed six traders at a market in Mopti on Sunday.\n\nThe region has seen a years-long war between JNIM and the army.", "Unidentified Armed Group (Mali)")]
    [InlineData("Gunmen kill traders\n\nGunmen killed six traders at a market in Mopti on Sunday.\n\nResidents blamed JNIM fighters.", "JNIM: Group for Support of Islam and Muslims")]
    [InlineData("Gunmen kill traders\n\nGunmen killed six traders at a market in Mopti on Sunday.\n\nA source said the attackers belonged to JNIM.", "JNIM: Group for Support of Islam and Muslims")]
    public void Unnamed_attackers_take_a_group_only_when_the_report_lays_an_act_on_it(string report, string attacker) =>
        Assert.Equal(attacker, Assert.Single(Run(report).Events).Actor1?.Value.Name);

    [Fact]
    public void A_base_set_up_by_unnamed_rebels_belongs_to_the_group_the_report_names()
    {
        var events = Run("JNIM in Kidal\n\nJNIM fighters entered the town of Kidal without a fight on Saturday.\n\nOn Monday, the rebels set up a base at a former army camp on the edge of Kidal.").Events;
        var hq = Assert.Single(events, e => e.Class.Value.SubEventType == "Headquarters or base established");
        Assert.StartsWith("JNIM", hq.Actor1?.Value.Name, StringComparison.Ordinal);
        Assert.Null(hq.Actor2);
    }

    [Fact]
    public void In_french_the_attack_of_a_group_names_the_attacker()
    {
        var e = Assert.Single(Run("Mali\n\nSix militaires maliens et une trentaine d'assaillants ont été tués dimanche lors d'une attaque du JNIM contre une position de l'armée près de Kidal.").Events);
        Assert.StartsWith("JNIM", e.Actor1?.Value.Name, StringComparison.Ordinal);
        Assert.StartsWith("Military Forces of Mali", e.Actor2?.Value.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fight_told_as_lasting_for_decades_is_background_not_an_event()
    {
        var e = Assert.Single(Run("Strike near Kidal\n\nA drone strike killed twelve JNIM fighters near the town of Kidal on Sunday, the army said.\n\nJNIM, which has fought the government in Gao for nearly two decades, did not comment on the strike.").Events);
        Assert.Equal("Air/drone strike", e.Class.Value.SubEventType);
    }

    [Fact]
    public void An_unclaimed_bombing_keeps_an_unidentified_attacker_even_when_a_group_is_named_later()
    {
        var e = Assert.Single(Run("Soldiers killed by mine\n\nFour soldiers were killed on Sunday when their vehicle struck an explosive device near the town of Kidal. No group claimed responsibility. JNIM is active in the area.").Events);
        Assert.Equal("Unidentified Armed Group (Mali)", e.Actor1?.Value.Name);
        Assert.StartsWith("Military Forces of Mali", e.Actor2?.Value.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undated_report_telling_a_month_codes_the_event_at_month_precision()
    {
        var document = Standard.Run(Document.Create("Mob kills four in Kidal\n\nFour elderly people were beaten to death by a mob in the town of Kidal in January 2024, a police report said.", new ArticleMetadata()));
        var e = Assert.Single(document.Events);
        Assert.Equal("Mob violence", e.Class.Value.SubEventType);
        Assert.Equal(3, e.Date!.Value.Precision);
        Assert.Equal(4, e.Fatalities!.Value.Best);
    }

    [Fact]
    public void A_retrospective_without_a_date_has_no_present_month() =>
        Assert.Empty(Standard.Run(Document.Create("Five years on, Kidal remembers\n\nThe war ended with a peace agreement signed in the town of Kidal in November 2022.", new ArticleMetadata())).Events);

    [Fact]
    public void Counted_things_are_not_deaths_and_holding_a_place_is_not_acting()
    {
        var e = Assert.Single(Run("Devices destroyed\n\nArmy engineers defused eleven explosive devices on Sunday near positions held by JNIM in the town of Kidal.").Events);
        Assert.Equal("Disrupted weapons use", e.Class.Value.SubEventType);
        Assert.Null(e.Fatalities);
        Assert.StartsWith("Military Forces of Mali", e.Actor1?.Value.Name, StringComparison.Ordinal);
        Assert.StartsWith("JNIM", e.Actor2?.Value.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void On_the_same_day_refers_to_the_day_told_before()
    {
        var events = Run("Fighting and shelling\n\nSoldiers clashed with JNIM fighters in the town of Kidal on Friday, the army said.\n\nOn the same day, shells fired by JNIM hit the town of Tinzaouaten, killing two civilians.").Events;
        Assert.Equal(2, events.Length);
        Assert.All(events, e => Assert.Equal(new DateOnly(2025, 3, 7), e.Date!.Value.Date));
    }

    [Fact]
    public void A_named_day_beats_an_overnight_raid()
    {
        var e = Assert.Single(Run("Raid on Kidal\n\nGunmen killed four villagers in an overnight raid on the town of Kidal on Thursday night, officials said.").Events);
        Assert.Equal(new DateOnly(2025, 3, 6), e.Date!.Value.Date);
    }

    [Fact]
    public void One_person_killed_without_a_number_is_one_death()
    {
        var e = Assert.Single(Run("Mob kills man\n\nA mob in the town of Kidal beat to death a man accused of theft on Saturday, police said.").Events);
        Assert.Equal(1, e.Fatalities!.Value.Best);
    }

    [Fact]
    public void Where_the_sources_are_is_not_where_the_event_was()
    {
        var e = Assert.Single(Run("Fighting in Tinzaouaten\n\nSoldiers clashed with JNIM fighters in the town of Tinzaouaten on Saturday.\n\nMedical sources in Kidal said at least 12 people were killed in the fighting.").Events);
        Assert.Equal("Tinzaouaten", e.Place!.Value.Name);
        Assert.Equal(12, e.Fatalities!.Value.Best);
    }

    [Fact]
    public void A_lynching_is_rioters_against_civilians_whoever_the_victim_was_accused_of_helping()
    {
        var e = Assert.Single(Run("Mob kills man\n\nA mob in the town of Kidal beat to death a man accused of helping JNIM on Saturday. Police officers arrived too late, police said.").Events);
        Assert.Equal("Mob violence", e.Class.Value.SubEventType);
        Assert.Equal("Rioters (Mali)", e.Actor1?.Value.Name);
        Assert.Equal("Civilians (Mali)", e.Actor2?.Value.Name);
    }

    [Fact]
    public void Looted_homes_belong_to_civilians()
    {
        var e = Assert.Single(Run("Shops looted\n\nJNIM fighters looted shops and burned homes in the town of Kidal on Saturday, residents said.").Events);
        Assert.Equal("Looting/property destruction", e.Class.Value.SubEventType);
        Assert.StartsWith("JNIM", e.Actor1?.Value.Name, StringComparison.Ordinal);
        Assert.Equal("Civilians (Mali)", e.Actor2?.Value.Name);
    }

    [Theory]
    [InlineData("Mines and money\n\nRebels earn money from mines.\n\n\"Whoever controls the mines controls the money to keep fighting,\" said a researcher at a university in Kidal.")]
    [InlineData("Procès à Kidal\n\nLe parquet a requis lundi la perpétuité contre cinq hommes jugés à Kidal pour l'attaque du camp militaire de la ville en juillet 2022.")]
    [InlineData("Des syndicats veulent marcher\n\nLes syndicats ont annoncé leur intention d'organiser le 20 mars 2025 une grande marche à Kidal.")]
    [InlineData("Families wait\n\nParents of the girls abducted from the town of Kidal met the governor on Monday, eleven years after the kidnapping.")]
    public void Quotes_trials_plans_and_anniversaries_are_not_events(string text) =>
        Assert.Empty(Run(text).Events);

    [Fact]
    public void A_speaker_that_says_it_had_acted_is_the_actor()
    {
        var e = Assert.Single(Run("Army retakes Kidal\n\nThe army said on Sunday it had retaken the town of Kidal after two days of fighting with JNIM.").Events);
        Assert.StartsWith("Military Forces of Mali", e.Actor1?.Value.Name, StringComparison.Ordinal);
        Assert.StartsWith("JNIM", e.Actor2?.Value.Name, StringComparison.Ordinal);
        Assert.Equal("Government regains territory", e.Class.Value.SubEventType);
    }

    [Fact]
    public void A_figure_after_killed_and_belongs_to_the_next_clause()
    {
        var e = Assert.Single(Run("Post attacked\n\nJNIM fighters attacked an army post in the town of Kidal on Sunday. Three soldiers were killed and five were wounded, the army said.").Events);
        Assert.Equal(3, e.Fatalities!.Value.Best);
        Assert.Equal(3, e.Fatalities.Value.High);
    }

    [Fact]
    public void Lethal_force_against_protesters_is_the_force_acting_on_the_crowd()
    {
        var e = Assert.Single(Run("Police fire on march\n\nPolice opened fire on protesters marching in the town of Kidal on Sunday, killing two people, witnesses said.").Events);
        Assert.Equal("Excessive force against protesters", e.Class.Value.SubEventType);
        Assert.StartsWith("Police Forces of Mali", e.Actor1?.Value.Name, StringComparison.Ordinal);
        Assert.Equal("Protesters (Mali)", e.Actor2?.Value.Name);
    }

    [Fact]
    public void A_report_whose_act_has_no_day_or_place_of_its_own_gives_its_event_from_the_context()
    {
        var document = Run("Mourning in Mopti\n\nThe people of Mopti are in mourning. Gunmen killed seven herders and burned their huts, officials said.");
        var e = Assert.Single(document.Events);
        Assert.Equal("Mopti", e.Place?.Value.Name);
        Assert.Equal(7, e.Fatalities!.Value.Best);
        // Only the publication date is known: the week before it, not a day.
        Assert.Equal(2, e.Date!.Value.Precision);
        var told = Assert.Single(Run("Mourning in Mopti\n\nGunmen killed seven herders and burned their huts in Mopti on Sunday, officials said.").Events);
        Assert.True(e.Confidence < told.Confidence, $"context {e.Confidence} against own day and place {told.Confidence}");
    }

    [Fact]
    public void A_stray_act_word_with_no_participant_gives_no_event_from_the_context() =>
        Assert.Empty(Run("Market day in Mopti\n\nThe people of Mopti crowded the market. Prices fell after weeks of fighting over the new tax.").Events);

    [Theory]
    [InlineData("Il y a dix ans, le massacre de Mopti\n\nLes habitants de Mopti se souviennent encore. Des hommes armés avaient tué sept bergers et incendié leurs cases.")]
    [InlineData("Mopti, five years on\n\nThe people of Mopti still remember. Gunmen killed seven herders and burned their huts.")]
    public void A_report_that_looks_back_gives_no_main_event_from_its_context(string report) =>
        Assert.Empty(Run(report).Events);

    [Theory]
    [InlineData("Town changes hands\n\nJNIM said on Sunday its fighters had taken the town of Tessalit after the army left.", "Non-state actor overtakes territory")]
    [InlineData("Deadly encounter\n\nTwo rebels and a soldier died in an armed encounter near Kidal on Sunday, the army said.", "Armed clash")]
    public void Taking_a_town_and_an_armed_encounter_are_acts(string report, string subEventType) =>
        Assert.Equal(subEventType, Assert.Single(Run(report).Events).Class.Value.SubEventType);

    [Theory]
    // A protest told with an arrest in its own sentence: the arrest outranks nothing in the hierarchy, but ACLED counts
    // arrests of protesters as intervention.
    [InlineData("Several demonstrators were arrested on Sunday as teachers marched in Bamako to demand their unpaid wages.")]
    [InlineData("Plusieurs manifestants ont été interpellés dimanche lors d'une marche d'enseignants à Bamako pour réclamer leurs salaires.")]
    // Clashes or scuffles name a fight that either side may start: where the forces are told dispersing the crowd and
    // the crowd is told doing no violence of its own, ACLED codes the forces' intervention, not a riot.
    [InlineData("Clashes broke out in Bamako on Sunday after a new call to march against the government. In several districts small groups of marchers were quickly dispersed by police with tear gas.")]
    [InlineData("Des échauffourées ont éclaté dimanche à Bamako lors d'une marche contre le gouvernement. Les manifestants ont été rapidement dispersés par la police à coups de gaz lacrymogènes.")]
    public void A_protest_met_by_arrests_or_a_dispersal_is_a_protest_with_intervention(string report)
    {
        var e = Assert.Single(Run(report).Events);
        Assert.Equal(global::ConflictAtlas.Core.Catalogs.SubEventTypes.ProtestWithIntervention, e.Class.Value.SubEventType);
        Assert.Equal(global::ConflictAtlas.Core.Events.ActorType.Protesters, e.Actor1!.Value.Type);
        Assert.Equal(global::ConflictAtlas.Core.Events.ActorType.StateForces, e.Actor2!.Value.Type);
    }

    [Theory]
    // The same dispersal stays a riot when the crowd is told throwing stones or burning tyres.
    [InlineData("Clashes broke out in Bamako on Sunday as marchers threw stones at police, who dispersed them with tear gas.")]
    [InlineData("Des échauffourées ont éclaté dimanche à Bamako où des manifestants ont jeté des pierres sur la police, qui les a dispersés à coups de gaz lacrymogènes.")]
    public void Clashes_with_the_crowds_own_violence_stay_a_violent_demonstration(string report) =>
        Assert.Equal(global::ConflictAtlas.Core.Catalogs.SubEventTypes.ViolentDemonstration, Assert.Single(Run(report).Events).Class.Value.SubEventType);
}
