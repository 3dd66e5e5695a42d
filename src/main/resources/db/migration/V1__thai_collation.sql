create collation if not exists thai (provider = icu, locale = th-TH);
