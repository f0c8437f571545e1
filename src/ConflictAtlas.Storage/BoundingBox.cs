namespace ConflictAtlas.Storage;

/// <summary>A WGS84 box, as in GeoJSON: west, south, east, north (a box crossing the antimeridian has west &gt; east).</summary>
public sealed record BoundingBox(double West, double South, double East, double North)
{
    public bool Contains(double longitude, double latitude) =>
        latitude >= South && latitude <= North &&
        (West <= East ? longitude >= West && longitude <= East : longitude >= West || longitude <= East);
}
