using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Stages.Clean;

namespace ConflictAtlas.Core.Tests.Stages.Clean;

/// <summary>The language of a report, from its script or its function words, including languages the coder does not read.</summary>
public sealed class LanguageDetectorTests
{
    private static readonly LanguageDetector Detector = LanguageDetector.Default;

    [Theory]
    [InlineData("Gunmen attacked a police post near the border on Tuesday and killed three officers.", "en")]
    [InlineData("Des hommes armés ont attaqué mardi un poste de police près de la frontière et tué trois agents.", "fr")]
    [InlineData("Hombres armados atacaron el martes un puesto de policía cerca de la frontera y mataron a tres agentes.", "es")]
    [InlineData("Homens armados atacaram na terça-feira um posto da polícia perto da fronteira e mataram três agentes.", "pt")]
    [InlineData("هاجم مسلحون يوم الثلاثاء مركزا للشرطة قرب الحدود وقتلوا ثلاثة عناصر.", "ar")]
    public void A_short_sentence_in_each_language_read(string sentence, string language) => Assert.Equal(language, Detector.Detect(sentence));

    [Theory]
    [InlineData("Bewaffnete haben am Dienstag einen Polizeiposten an der Grenze angegriffen und drei Beamte getötet.", "de")]
    [InlineData("Вооружённые люди во вторник напали на пост полиции у границы и убили трёх сотрудников.", "ru")]
    [InlineData("У вівторок озброєні люди напали на пост поліції біля кордону і вбили трьох співробітників.", "uk")]
    [InlineData("افراد مسلح روز سه‌شنبه به یک پاسگاه پلیس نزدیک مرز حمله کردند و سه مامور را کشتند.", "fa")]
    public void A_language_the_coder_does_not_read_is_named_and_unread(string sentence, string language)
    {
        Assert.Equal(language, Detector.Detect(sentence));
        Assert.True(Languages.IsUnread(language));
    }

    [Theory]
    [InlineData("الحديدة", "ar")]
    [InlineData("رأس العين", "ar")]
    [InlineData("کرمانشاه", "fa")]
    [InlineData("Київ", "uk")]
    [InlineData("Kidal", null)]
    [InlineData("Kidal كيدال", null)]
    public void A_name_wholly_in_one_script_has_the_language_of_that_script(string name, string? language) =>
        Assert.Equal(language, Detector.ScriptLanguage(name));

    [Fact]
    public void Words_shared_by_spanish_and_french_do_not_make_spanish_french()
    {
        // "de", "la", "en", "que" are both French and Spanish; "los", "del", "y" are Spanish only.
        const string text = "La policía dijo que los atacantes de la banda llegaron en la noche del sábado y que huyeron en motocicletas.";
        Assert.Equal("es", Detector.Detect(text));
    }

    [Fact]
    public void Too_few_function_words_leave_the_language_unknown() => Assert.Null(Detector.Detect("Kidal, Gao, Menaka"));

    [Fact]
    public void The_languages_read_are_those_with_trigger_rows()
    {
        Assert.Equal(["ar", "en", "es", "fr", "pt"], Languages.Read.Order(StringComparer.Ordinal));
        Assert.False(Languages.IsUnread(null));
    }
}
