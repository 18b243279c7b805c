-- Downsampling raw sensor readings into 15-minute and hourly buckets.
create table readings (
    sensor   text    not null,
    ts       integer not null,
    value    real    not null,
    primary key (sensor, ts)
);

create table readings_15m (
    sensor      text    not null,
    bucket_ts   integer not null,
    n           integer not null,
    avg_value   real    not null,
    min_value   real    not null,
    max_value   real    not null,
    stddev      real,
    primary key (sensor, bucket_ts)
);

insert into readings (sensor, ts, value) values
    ('t-kitchen', 1717236000, 21.0), ('t-kitchen', 1717236300, 21.4), ('t-kitchen', 1717236600, 21.9),
    ('t-kitchen', 1717236900, 22.3), ('t-kitchen', 1717237200, 22.1), ('t-kitchen', 1717237500, 21.8),
    ('t-garage', 1717236000, 14.2), ('t-garage', 1717236600, 13.9), ('t-garage', 1717237800, 13.1);

insert into readings_15m (sensor, bucket_ts, n, avg_value, min_value, max_value, stddev)
select sensor,
       ts - ts % 900 as bucket_ts,
       count(*),
       avg(value),
       min(value),
       max(value),
       sqrt(max(avg(value * value) - avg(value) * avg(value), 0))
from readings
group by sensor, bucket_ts
on conflict (sensor, bucket_ts) do update set
    n = excluded.n,
    avg_value = excluded.avg_value,
    min_value = excluded.min_value,
    max_value = excluded.max_value,
    stddev = excluded.stddev;

-- Hourly view derived from the 15-minute table (weighted by sample count).
select sensor,
       datetime(bucket_ts - bucket_ts % 3600, 'unixepoch') as hour_utc,
       sum(n) as samples,
       round(sum(avg_value * n) / sum(n), 2) as avg_value,
       min(min_value) as min_value,
       max(max_value) as max_value
from readings_15m
group by sensor, bucket_ts - bucket_ts % 3600
order by sensor, hour_utc;

-- Rate of change between consecutive readings (degrees per minute).
select sensor,
       datetime(ts, 'unixepoch') as at_utc,
       value,
       round((value - lag(value) over (partition by sensor order by ts))
             / ((ts - lag(ts) over (partition by sensor order by ts)) / 60.0), 3) as delta_per_min
from readings
order by sensor, ts;

-- Gaps longer than 10 minutes.
select sensor, prev_ts, ts, ts - prev_ts as gap_seconds
from (
    select sensor, ts, lag(ts) over (partition by sensor order by ts) as prev_ts
    from readings
) as with_prev
where ts - prev_ts > 600;
