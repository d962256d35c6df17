import { wordSet } from './wordSet';

/**
 * Common given names across the languages news in English reports on. A capitalised pair that
 * starts with one of these ("Scott Bessent") is a person without further evidence, so the list
 * favours names that are rarely anything else; names that double as common words or places are
 * in AMBIGUOUS_GIVEN_NAMES and count only when something else in the sentence agrees.
 */
export const GIVEN_NAMES = wordSet(
 // English-speaking world
 `Aaron Abigail Adam Adrian Adrienne Agnes Aidan Alan Alastair Albert Alec Alex Alexander Alexandra
 Alexis Alfred Alice Alicia Alison Allan Allen Allison Alvin Amanda Amber Amelia Amy Andrea Andrew
 Andy Angela Angie Anita Ann Anna Anne Annette Annie Anthony Antony Arnold Arthur Ashley Audrey
 Barbara Barry Beatrice Becky Belinda Ben Benjamin Bernard Bernie Beth Betty Beverly Bill Billy
 Blake Bob Bobby Bonnie Brad Bradley Brandon Brenda Brendan Brett Brian Bridget Brittany Bruce Bryan
 Caitlin Calvin Cameron Camilla Carl Carla Carly Carol Caroline Carolyn Casey Catherine Cathy Cecil
 Cecilia Chad Charles Charlie Charlotte Chelsea Cheryl Chloe Chris Christina Christine Christopher
 Chuck Cindy Claire Clara Clarence Claude Claudia Clifford Clint Colin Colleen Connie Connor Craig
 Crystal Curtis Cynthia Daisy Dale Dan Dana Daniel Danielle Danny Darren David Dawn
 Dean Debbie Deborah Debra Denise Dennis Derek Diana Diane Dick Dolores Don Donald Donna Doris
 Dorothy Doug Douglas Duncan Dustin Dylan Earl Ed Eddie Edgar Edith Edmund Edward Edwin Eileen
 Elaine Eleanor Elijah Elizabeth Ella Ellen Elliot Elliott Emily Emma Eric Erica Erin Ernest Esther
 Ethan Eugene Eunice Evan Evelyn Felicity Fiona Florence Floyd Frances Francis Frank Fred Freddie
 Frederick Gabriel Gail Gary Gavin Gemma Gene Geoffrey George Georgia Gerald Geraldine Gilbert Gillian
 Gina Glen Glenn Gloria Gordon Grace Graham Grant Greg Gregory Gwen Hannah Harold Harriet Harry
 Harvey Hazel Heather Heidi Helen Henry Herbert Hilary Hillary Holly Horace Howard Hugh Hugo Ian
 Irene Isaac Isabel Isabella Jack Jackie Jacob Jacqueline Jake James Jamie Jan Jane Janet Janice
 Jared Jason Jean Jeanne Jeff Jeffrey Jenna Jennifer Jenny Jeremy Jerome Jerry Jesse Jessica Jill
 Jim Jimmy Joan Joanna Joanne Jodie Joe Joel Joey John Johnnie Johnny Jon Jonathan Jordan Joseph
 Josh Joshua Joy Joyce Judith Judy Julia Julian Julie Juliet Justin Karen Kate Katherine Kathleen
 Kathryn Kathy Katie Kay Keith Kelly Ken Kenneth Kerry Kevin Kim Kimberly Kirk Kristen Kristin
 Kristina Kurt Kyle Lance Larry Laura Lauren Lawrence Leah Lee Leigh Leo Leon Leonard Leslie Lewis
 Liam Lillian Linda Lindsay Lindsey Lisa Liz Lloyd Logan Lois Lorraine Louis Louise Lucas Lucy Luke
 Lydia Lynn Madeleine Madison Malcolm Mandy Marc Marcia Marcus Margaret Margot Maria Marian Marianne
 Marie Marilyn Marion Mark Marsha Martha Martin Marvin Mary Matt Matthew Maureen Max Megan Melanie
 Melissa Michael Michele Michelle Mick Mickey Mike Mildred Miles Milton Miranda Molly Monica Morgan
 Muriel Myra Nancy Naomi Natalie Nathan Nathaniel Neil Nick Nicholas Nicola Nicole Nigel Noah Noel
 Nora Norman Oliver Olivia Oscar Owen Pamela Pat Patricia Patrick Patsy Paul Paula Pauline Peggy
 Penny Perry Pete Peter Phil Philip Phillip Phyllis Priscilla Rachel Ralph Randy Ray Raymond Rebecca
 Regina Reginald Rex Rhonda Richard Rick Rita Rob Robbie Robert Roberta Robin Rodney Roger Ron
 Ronald Rory Rosa Rose Rosemary Ross Roy Ruby Russell Ruth Ryan Sally Sam Samantha Samuel Sandra
 Sandy Sara Sarah Scott Sean Seth Shane Shannon Sharon Shaun Sheila Shelley Shirley Simon Sophie
 Spencer Stacey Stan Stanley Stella Stephanie Stephen Steve Steven Stewart Stuart Sue Susan Suzanne
 Sylvia Tammy Tanya Ted Teresa Terence Terry Theodore Theresa Thomas Tim Timothy Tina Toby Todd
 Tom Tommy Tony Tracy Travis Trevor Troy Tyler Valerie Vanessa Vera Vernon Veronica Vicky Victor
 Victoria Vincent Virginia Wade Wallace Walter Warren Wayne Wendy Wesley Wilbur Will William Willie
 Wilson Winston Yvette Yvonne Zachary Zoe
 Barack Bonnie Boris Brigitte Dwight Elon Franklin Harrison Hubert Jamal Jeb Joan
 Kamala Keir Kristi Lyndon Mitch Mitt Nat Nikki Rishi Rudy Sheldon Suella 
 Tucker Ulysses Woodrow`,
 // Continental Europe and Latin America
 `Adolfo Agnieszka Alain Alberto Alejandro Alessandro Alexei Alfonso Alois Anders Andreas Andrei
 Andrej Angelo Anke Annalena Antoine Antonio Armin Arnaud Axel Beatriz Bernd Bjorn Boris Bruno
 Carlo Carlos Carmen Catalina Cesar Christian Christoph Claudio Cristina Cristiano Dario Diego
 Dmitri Dmitry Dominique Eden Eduardo Elena Emmanuel Enrico Enrique Erik Ernesto Esteban
 Fabio Federico Felipe Felix Fernando Filippo Florian Francesca Francesco Francisco Franco Francois
 François Frederic Gerhard Giorgia Giorgio Giovanni Giulia Giuseppe Gonzalo Guillaume Gustavo
 Hans Heinz Helmut Henrik Hernan Hernán Horst Igor Ignacio Ilya Ingrid Isabelle Ivan Jacques Jakob
 Jan Javier Jens Jesus Joachim Joao João Joaquin Jorge Jose José Juan Jurgen Jürgen Karl Karin
 Katarina Klaus Lars Laurent Leonardo Lorenzo Luca Lucia Luigi Luis Luiz Lukas Magnus Manuel Marco
 Marcos Margarethe Mario Marta Mateo Matteo Mattias Matthias Mauricio Maxime Michel Miguel Mikhail
 Nadia Natalia Nicolas Nicolai Nikolai Nils Nuno Olaf Olga Pablo Paolo Pascal Pavel Pedro Per
 Philippe Pierre Pietro Rafael Raul Raúl Ricardo Roberto Rodrigo Rui Sandro Santiago Sebastian
 Sebastien Sergei Sergey Sergio Silvio Simone Sofia Stefan Stefania Stefano Sven Thierry
 Thorsten Ulrich Ursula Valentina Vasily Viktor Vladimir Werner Wolfgang Xavier
 Yannick Yuri Yves Zbigniew Gérald Gerard Jean-Claude Jean-Luc Jean-Marie Jean-Pierre Kristalina
 Mette Emmanuelle Olof Recep Volodymyr Yulia `,
 // Arabic, Persian, Turkish, South Asian, African
 `Abdel Abdul Abdullah Abdulaziz Abu Ahmad Ahmed Akbar Ali Alia Alireza Amin Amina Amir Amit 
 Anil Anwar Arun Ashraf Asif Ayman Aziz Bashar Benazir Deepak Faisal Farouk Fatima Fuad Hamid
 Hasan Hassan Hossein Hussein Ibrahim Imran Ismail Jamil Javad Karim Khaled Khalid Layla
 Mahmoud Mehmet Mohamed Mohammad Mohammed Mohamad Muhammad Mustafa Nabil Najib Narendra
 Nasser Nawaz Nirmala Nour Omar Piyush Rajnath Arvind Mamata Osama Priya Rahul Rajesh Ravi Reza Sajid Salim Salman Sanjay 
 Shahid Sonia Suleiman Sunil Tariq Vijay Walid Yasmin Yusuf Youssef Zainab Zaid`,
 // East and South-East Asian given names commonly written alone or first
 `Akira Akihiko Daisuke Fumio Haruki Hayato Hideki Hiroshi Hirofumi Hiroyuki Ichiro Junichiro Kaoru
 Katsunobu Kazuo Keiko Kenji Koichi Kenta Makoto Masahiro Masayoshi Minoru Naoki Naoto Nobuo Osamu
 Ryo Ryota Satoshi Shigeru Shinjiro Shinzo Shunichi Taro Takashi Takeshi Tetsuya Toshihiro Tomoko
 Yasuo Yoko Yoshihide Yoshihiko Yoshiro Yukio Yuko Yuriko Sanae Katsuyuki Kenichi 
 Joko Prabowo Anwar Najib Mahathir Rodrigo Ferdinand Thaksin Yingluck Hun Aung Jokowi`,
);

/**
 * Given names that are also ordinary words or places ("Will", "May", "Jordan", "Paris"): they
 * start a full name ("Mark Zuckerberg") but never make a lone word a person, and at the start of
 * a sentence they are read as the word.
 */
export const AMBIGUOUS_GIVEN_NAMES = wordSet(
 `Amber Angel Art Austin Bill Carol Chase Chelsea Christian Crystal Dale Dawn Dean Drew Earl Eden
 Faith Florence Frank Gene Georgia Glen Grace Grant Guy Hope Holly Hunter Iris Ivy Jack Jade Jan Jordan
 Joy Justice Kay Lance Lee Lily Mark Mason Max May Miles Morgan Nat Pat Pearl Per Price Ray Rex Rich
 Rob Rose Ruby Sandy Stan Sue Sydney Victoria Virginia Wade Warren Will Wilson`,
);
