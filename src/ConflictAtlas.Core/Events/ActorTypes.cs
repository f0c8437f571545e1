namespace ConflictAtlas.Core.Events;

/// <summary>Labels and interaction codes for <see cref="ActorType"/> as ACLED prints them.</summary>
public static class ActorTypes
{
    public static string Label(ActorType type) => type switch
    {
        ActorType.StateForces => "State forces",
        ActorType.RebelGroup => "Rebel group",
        ActorType.PoliticalMilitia => "Political militia",
        ActorType.IdentityMilitia => "Identity militia",
        ActorType.Rioters => "Rioters",
        ActorType.Protesters => "Protesters",
        ActorType.Civilians => "Civilians",
        ActorType.ExternalOtherForces => "External/Other forces",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static ActorType Parse(string label)
    {
        foreach (var type in Enum.GetValues<ActorType>())
        {
            if (string.Equals(Label(type), label, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(type.ToString(), label, StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        throw new FormatException($"unknown actor type '{label}'");
    }

    /// <summary>ACLED's interaction label: the two types with the lower code first ("State forces-Rebel group"), or "X only".</summary>
    public static string Interaction(ActorType? first, ActorType? second)
    {
        if (first is null && second is null)
        {
            return string.Empty;
        }

        if (first is null || second is null)
        {
            return Label((first ?? second)!.Value) + " only";
        }

        var (low, high) = first.Value <= second.Value ? (first.Value, second.Value) : (second.Value, first.Value);
        return Label(low) + "-" + Label(high);
    }

    /// <summary>ACLED's numeric interaction code (e.g. 12 for state forces and rebels, 20 for rebels only).</summary>
    public static int? InteractionCode(ActorType? first, ActorType? second)
    {
        if (first is null && second is null)
        {
            return null;
        }

        if (first is null || second is null)
        {
            return (int)(first ?? second)!.Value * 10;
        }

        var low = Math.Min((int)first.Value, (int)second.Value);
        var high = Math.Max((int)first.Value, (int)second.Value);
        return low * 10 + high;
    }
}
