using ConflictAtlas.Bench;

return args.FirstOrDefault() switch
{
    "dedup" => DedupBenchmark.Run(args.Skip(1).ToArray()),
    "ingest" => await IngestBenchmark.RunAsync(args.Skip(1).ToArray()),
    "size" => await SizeBenchmark.RunAsync(args.Skip(1).ToArray()),
    "pipeline" => PipelineBenchmark.Run(args.Skip(1).ToArray()),
    "query" => await QueryBenchmark.RunAsync(args.Skip(1).ToArray()),
    "export" => await ExportBenchmark.RunAsync(args.Skip(1).ToArray()),
    "document-size" => DocumentSizeBenchmark.Run(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: ConflictAtlas.Bench dedup [ATOMS]                      cluster synthetic atoms (default 1,000,000)
               ConflictAtlas.Bench ingest REPORT_DIR [PG_CONNECTION]  reports/s on SQLite, and on PostgreSQL in-process and with 1 and 2 workers
               ConflictAtlas.Bench pipeline [REPORT_DIR]                reports/s through reading, coding and geocoding (default corpus/)
               ConflictAtlas.Bench size [DOCUMENTS]                   SQLite bytes per stored event (default 20,000), scaled to a million
               ConflictAtlas.Bench query [--events N] [--db FILE] [--regenerate] [--concurrency C] [--seconds S]
                                                                      /api/events and /api/stats latency under load over N synthetic events (default 1,000,000)
               ConflictAtlas.Bench export [--events N] [--db FILE] [--regenerate] [--seconds S]
                                                                      resident memory while streaming whole CSV and GeoJSON exports of N events,
                                                                      and /api/events p95 with 3 exports running in parallel
               ConflictAtlas.Bench document-size [--sizes 1,4,16] [--corpus DIR] [--budget SECONDS] [--through STAGE]
                                                                      seconds per pipeline stage and peak memory for texts of each size (MB)
        """);
    return 2;
}
