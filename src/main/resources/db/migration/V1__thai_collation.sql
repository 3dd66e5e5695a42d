-- Thai names sort as Thai readers expect (ก, กา, เก, ข …) only with ICU; the C collation puts เก after ค.
create collation if not exists thai (provider = icu, locale = 'th-TH');
