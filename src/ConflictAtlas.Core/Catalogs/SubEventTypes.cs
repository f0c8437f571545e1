namespace ConflictAtlas.Core.Catalogs;

/// <summary>
/// ACLED's 25 sub-event types as checked constants, in the hierarchy order of <c>Resources/taxonomy.tsv</c>;
/// <see cref="TaxonomyNames.Check"/> proves at start-up that the constants and the file name the same types.
/// </summary>
public static class SubEventTypes
{
    public const string GovernmentRegainsTerritory = "Government regains territory";
    public const string NonStateActorOvertakesTerritory = "Non-state actor overtakes territory";
    public const string ArmedClash = "Armed clash";
    public const string ExcessiveForceAgainstProtesters = "Excessive force against protesters";
    public const string ProtestWithIntervention = "Protest with intervention";
    public const string PeacefulProtest = "Peaceful protest";
    public const string ViolentDemonstration = "Violent demonstration";
    public const string MobViolence = "Mob violence";
    public const string ChemicalWeapon = "Chemical weapon";
    public const string AirDroneStrike = "Air/drone strike";
    public const string SuicideBomb = "Suicide bomb";
    public const string ShellingArtilleryMissileAttack = "Shelling/artillery/missile attack";
    public const string RemoteExplosiveLandmineIed = "Remote explosive/landmine/IED";
    public const string Grenade = "Grenade";
    public const string SexualViolence = "Sexual violence";
    public const string Attack = "Attack";
    public const string AbductionForcedDisappearance = "Abduction/forced disappearance";
    public const string Agreement = "Agreement";
    public const string Arrests = "Arrests";
    public const string ChangeToGroupActivity = "Change to group/activity";
    public const string DisruptedWeaponsUse = "Disrupted weapons use";
    public const string HeadquartersOrBaseEstablished = "Headquarters or base established";
    public const string LootingPropertyDestruction = "Looting/property destruction";
    public const string NonViolentTransferOfTerritory = "Non-violent transfer of territory";
    public const string Other = "Other";
}
