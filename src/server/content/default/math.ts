import { additionSet, multiplicationSet, percentSet } from "./math-generator";
import { SubjectPack } from "./subject-pack";

const shapesAndFractions = {
	id: "math-shapes-fractions-2",
	title: "Shapes, fractions and measures",
	subject: "math",
	grade_band: "3-5",
	difficulty: 2,
	questions: [
		{
			id: "pentagon",
			type: "typed",
			prompt: "What is the name of a flat shape with exactly five straight sides?",
			answer: "pentagon",
			accept: ["a pentagon"],
			explanation: "A pentagon has five sides and five corners (penta- means five).",
		},
		{
			id: "hexagon-sides",
			type: "numeric",
			prompt: "How many sides does a hexagon have?",
			answer: 6,
			explanation: "Hex- means six: a hexagon has six sides, like a honeycomb cell.",
		},
		{
			id: "fraction-order",
			type: "ordering",
			prompt: "Put these fractions in order from smallest to largest.",
			items: ["1/8", "1/4", "1/2", "3/4"],
			explanation: "1/8 = 0.125, 1/4 = 0.25, 1/2 = 0.5 and 3/4 = 0.75.",
		},
		{
			id: "equivalent-half",
			type: "multiple_choice",
			prompt: "Which fraction is equal to 1/2?",
			choices: ["2/3", "3/6", "2/5", "4/6"],
			answer: "3/6",
			explanation: "3/6 simplifies to 1/2: divide the top and bottom by 3.",
		},
		{
			id: "rectangle-area",
			type: "numeric",
			prompt: "A rectangle is 7 cm long and 4 cm wide. What is its area?",
			answer: 28,
			unit: "cm²",
			explanation: "Area of a rectangle = length x width = 7 x 4 = 28 square centimetres.",
		},
		{
			id: "rectangle-perimeter",
			type: "numeric",
			prompt: "A rectangle is 7 cm long and 4 cm wide. What is its perimeter?",
			answer: 22,
			unit: "cm",
			explanation: "Perimeter is the distance around: 7 + 4 + 7 + 4 = 22 cm.",
		},
		{
			id: "right-angle",
			type: "true_false",
			prompt: "A right angle measures 90 degrees.",
			answer: true,
			explanation: "A right angle is a quarter turn, 90 degrees, like the corner of a square.",
		},
		{
			id: "triangle-angles",
			type: "numeric",
			prompt: "Two angles of a triangle are 50° and 60°. What is the third angle?",
			answer: 70,
			unit: "degrees",
			explanation: "The angles of a triangle add up to 180°: 180 - 50 - 60 = 70°.",
		},
		{
			id: "decimal-three-quarters",
			type: "numeric",
			prompt: "Write 3/4 as a decimal.",
			answer: 0.75,
			tolerance: 0.001,
			explanation: "3 ÷ 4 = 0.75.",
		},
		{
			id: "unit-order",
			type: "ordering",
			prompt: "Put these lengths in order from shortest to longest.",
			items: ["1 millimetre", "1 centimetre", "1 metre", "1 kilometre"],
			explanation: "10 mm = 1 cm, 100 cm = 1 m and 1,000 m = 1 km.",
		},
		{
			id: "prime",
			type: "multiple_choice",
			prompt: "Which of these numbers is prime?",
			choices: ["9", "15", "17", "21"],
			answer: "17",
			explanation: "17 has only two factors, 1 and 17. 9 = 3 x 3, 15 = 3 x 5 and 21 = 3 x 7.",
		},
		{
			id: "square-sides",
			type: "true_false",
			prompt: "Every square is also a rectangle.",
			answer: true,
			explanation: "A rectangle has four right angles; a square has them too, and its sides are also all equal.",
		},
		{
			id: "minutes-in-hours",
			type: "numeric",
			prompt: "How many minutes are there in 2 and a half hours?",
			answer: 150,
			unit: "minutes",
			time_limit: 45,
			explanation: "1 hour = 60 minutes, so 2.5 hours = 2.5 x 60 = 150 minutes.",
		},
	],
};

const fractionsLesson = {
	id: "math-lesson-fractions",
	title: "What a fraction means",
	subject: "math",
	grade_band: "3-5",
	difficulty: 1,
	pages: [
		"A fraction names part of a whole. The bottom number, the denominator, says how many equal parts the whole is cut into. The top number, the numerator, says how many of those parts we have. In 3/4, a whole is cut into 4 equal parts and we have 3 of them.",
		"The parts must be equal. If you cut a pizza into 8 equal slices and eat 3, you ate 3/8 of it. When the numerator and the denominator are the same, as in 8/8, you have the whole thing: 8/8 = 1.",
		"Different fractions can name the same amount. 1/2, 2/4 and 4/8 are equivalent: multiply or divide the top and the bottom by the same number and the value does not change. With the same numerator, the bigger the denominator, the smaller each part: 1/8 is less than 1/4.",
	],
	questions: [
		{
			id: "denominator",
			type: "multiple_choice",
			prompt: "In the fraction 5/6, what does the 6 tell you?",
			choices: [
				"How many equal parts the whole is cut into",
				"How many parts we have",
				"How many wholes there are",
			],
			answer: "How many equal parts the whole is cut into",
			explanation: "The denominator (bottom number) is the number of equal parts in the whole.",
		},
		{
			id: "equivalent",
			type: "true_false",
			prompt: "2/4 and 1/2 name the same amount.",
			answer: true,
			explanation: "Divide the top and bottom of 2/4 by 2 and you get 1/2.",
		},
		{
			id: "bigger",
			type: "multiple_choice",
			prompt: "Which is bigger, 1/3 or 1/5?",
			choices: ["1/3", "1/5", "They are equal"],
			answer: "1/3",
			explanation: "Cutting a whole into 3 parts makes bigger parts than cutting it into 5.",
		},
	],
};

const areaLesson = {
	id: "math-lesson-area-perimeter",
	title: "Area and perimeter",
	subject: "math",
	grade_band: "3-5",
	difficulty: 2,
	pages: [
		"Perimeter is the distance all the way around a shape. To find it, add the lengths of every side. A rectangle 5 m long and 3 m wide has a perimeter of 5 + 3 + 5 + 3 = 16 m. Perimeter is a length, so it is measured in units like cm or m.",
		"Area is the amount of flat space a shape covers. We measure it in squares: a square centimetre (cm²) is a square 1 cm on each side. A rectangle's area is its length times its width, so the 5 m by 3 m rectangle covers 5 x 3 = 15 m².",
		"Two shapes can have the same perimeter and different areas. A 4 by 4 square and a 6 by 2 rectangle both have a perimeter of 16, but the square's area is 16 and the rectangle's is only 12. Fences follow the perimeter; carpet covers the area.",
	],
	questions: [
		{
			id: "square-perimeter",
			type: "numeric",
			prompt: "What is the perimeter of a square with sides of 9 cm?",
			answer: 36,
			unit: "cm",
			explanation: "A square has four equal sides: 4 x 9 = 36 cm.",
		},
		{
			id: "area-units",
			type: "multiple_choice",
			prompt: "Which unit could measure the area of a floor?",
			choices: ["m²", "m", "kg", "litres"],
			answer: "m²",
			explanation: "Area is counted in squares, so square metres (m²) fit; m is for lengths.",
		},
		{
			id: "carpet",
			type: "typed",
			prompt: "To know how much carpet covers a floor, do you need its area or its perimeter?",
			answer: "area",
			accept: ["its area", "the area"],
			explanation: "Carpet covers the flat space of the floor, which is its area.",
		},
	],
};

export const MATH: SubjectPack = {
	sets: [additionSet(), multiplicationSet(), shapesAndFractions, percentSet()],
	lessons: [fractionsLesson, areaLesson],
};
