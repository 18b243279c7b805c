-- Sessionisation of page views: a new session starts after 30 minutes of inactivity.
create table pageviews (
  id        integer primary key,
  visitor   text not null,
  url       text not null,
  viewed_at text not null
);

insert into pageviews (visitor, url, viewed_at) values
  ('v1', '/', '2024-06-01 09:00:00'),
  ('v1', '/pricing', '2024-06-01 09:02:30'),
  ('v1', '/signup', '2024-06-01 09:05:00'),
  ('v1', '/', '2024-06-01 13:40:00'),
  ('v2', '/blog/sqlite-tips', '2024-06-01 10:00:00'),
  ('v2', '/blog/window-functions', '2024-06-01 10:25:00'),
  ('v2', '/', '2024-06-01 11:30:00'),
  ('v3', '/docs', '2024-06-02 08:15:00');

with gaps as (
  select id, visitor, url, viewed_at,
         (julianday(viewed_at)
            - julianday(lag(viewed_at) over (partition by visitor order by viewed_at))) * 1440 as minutes_since_prev
  from pageviews
),
flagged as (
  select *,
         case when minutes_since_prev is null or minutes_since_prev > 30 then 1 else 0 end as is_new_session
  from gaps
),
numbered as (
  select *,
         sum(is_new_session) over (partition by visitor order by viewed_at
                                   rows between unbounded preceding and current row) as session_no
  from flagged
)
select visitor,
       session_no,
       min(viewed_at)                                   as started_at,
       max(viewed_at)                                   as ended_at,
       count(*)                                         as pages,
       round((julianday(max(viewed_at)) - julianday(min(viewed_at))) * 1440, 1) as duration_min,
       group_concat(url, ' -> ')                        as path
from numbered
group by visitor, session_no
order by visitor, session_no;

-- Landing and exit pages per visitor using first_value / last_value.
select distinct visitor,
       first_value(url) over (partition by visitor order by viewed_at) as landing_page,
       last_value(url)  over (partition by visitor order by viewed_at
                              rows between unbounded preceding and unbounded following) as exit_page
from pageviews
order by visitor;
