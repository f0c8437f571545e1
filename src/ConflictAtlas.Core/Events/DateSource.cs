namespace ConflictAtlas.Core.Events;

/// <summary>Where an event's date came from: what the date says about when the event happened.</summary>
public enum DateSource
{
    /// <summary>A day, week or month the report's text gives for the event (its own sentences, its paragraph, its
    /// dateline, a statement's day).</summary>
    Text = 0,

    /// <summary>Only the page's date (its publication date, else the latest date it shows): the event is in the days
    /// before it.</summary>
    Publication = 1,

    /// <summary>Only the day the report was read or fetched (an undated page naming no date): the event is some time
    /// before it, how long before is unknown.</summary>
    ReadDay = 2,

    /// <summary>A weekday the text names ("on Tuesday") on a page that gives no other date, counted back from the day
    /// the report was read: the event is on that weekday some week before it.</summary>
    ReadDayWeekday = 3,
}
